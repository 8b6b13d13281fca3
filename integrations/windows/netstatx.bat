@echo off
rem Facter external fact for Windows hosts. Facter runs every .bat, .cmd, .com, .exe and .ps1 file in its
rem facts.d directories (C:\ProgramData\PuppetLabs\facter\facts.d, or --external-dir) without arguments
rem and takes the top-level keys of the JSON it prints as fact names: this file gives the fact netstatx
rem (facter -j netstatx.tcp_listen).
rem
rem netstatx is found at %NETSTATX_HOME%\netstatx.cmd, else at NETSTATX_LAUNCHER_PATH below (write the
rem full path of netstatx.cmd there when you copy this file), else as netstatx.cmd on PATH.
setlocal
set "NETSTATX_LAUNCHER_PATH="

if defined NETSTATX_HOME (
  set "LAUNCHER=%NETSTATX_HOME%\netstatx.cmd"
) else if defined NETSTATX_LAUNCHER_PATH (
  set "LAUNCHER=%NETSTATX_LAUNCHER_PATH%"
) else (
  set "LAUNCHER=netstatx.cmd"
)
call "%LAUNCHER%" --facts
exit /b %ERRORLEVEL%
