@echo off
rem netstatx launcher for Windows: runs cli\target\netstatx.jar (+ cli\target\lib\) with Java from JAVA_HOME or PATH.
rem Building needs Maven, as for ./netstatx: "mvn -B -DskipTests package -pl cli -am" in this directory. This script
rem builds only when the jar is missing; after changing sources, run that command again.
rem JAVA_OPTS is passed through; JVM messages go to stderr, never stdout.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%cli\target\netstatx.jar"
set "JAVA_EXE="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE (
  echo netstatx: no Java found: set JAVA_HOME or put java ^(17 or newer^) on PATH 1>&2
  exit /b 1
)
if not exist "%JAR%" (
  where mvn >nul 2>nul
  if errorlevel 1 (
    echo netstatx: the CLI is not built and Maven ^(mvn^) is not on PATH 1>&2
    exit /b 1
  )
  pushd "%HERE%"
  call mvn -q -B -DskipTests package -pl cli -am 1>&2
  popd
)
if not exist "%JAR%" (
  echo netstatx: build failed; run "mvn -B -DskipTests package" in "%HERE%" to see why 1>&2
  exit /b 1
)
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn8m -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
