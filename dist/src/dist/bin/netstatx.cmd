@echo off
rem netstatx launcher for Windows (release archive): runs lib\*.jar with Java 17 or newer from the
rem runtime bundled next to bin\ (if any), JAVA_HOME or PATH. JAVA_OPTS is passed to the JVM; JVM
rem messages go to stderr, never to stdout.
setlocal
set "NETSTATX_ROOT=%~dp0.."
set "JAVA_EXE="
if exist "%NETSTATX_ROOT%\runtime\bin\java.exe" set "JAVA_EXE=%NETSTATX_ROOT%\runtime\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE (
  1>&2 echo netstatx: no Java found: set JAVA_HOME or put java ^(17 or newer^) on PATH
  exit /b 1
)
rem The release file next to bin\ names the version (JAVA_VERSION="17.0.15"); no second JVM start needed.
for %%J in ("%JAVA_EXE%") do set "JAVA_RELEASE=%%~dpJ..\release"
set "JAVA_VERSION="
if exist "%JAVA_RELEASE%" for /f "usebackq tokens=1,* delims==" %%K in ("%JAVA_RELEASE%") do if "%%K"=="JAVA_VERSION" set "JAVA_VERSION=%%~L"
if defined JAVA_VERSION for /f "tokens=1,2 delims=." %%A in ("%JAVA_VERSION%") do (
  if "%%A"=="1" (
    1>&2 echo netstatx: needs Java 17 or newer, but "%JAVA_EXE%" is Java %JAVA_VERSION%; set JAVA_HOME to a Java 17+ installation
    exit /b 1
  )
  if %%A LSS 17 (
    1>&2 echo netstatx: needs Java 17 or newer, but "%JAVA_EXE%" is Java %JAVA_VERSION%; set JAVA_HOME to a Java 17+ installation
    exit /b 1
  )
)
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn8m -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr %JAVA_OPTS% -cp "%NETSTATX_ROOT%\lib\*" io.github.netstatx.cli.Main %*
exit /b %ERRORLEVEL%
