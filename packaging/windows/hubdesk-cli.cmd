@echo off
rem hubdesk.exe is a window program: cmd.exe neither waits for it nor keeps its exit
rem code. This wrapper waits for a command and passes the code on, for scripts, e.g.
rem   hubdesk-cli check C:\Data\hub.hubdesk
rem   if errorlevel 1 echo the check failed
start "" /b /wait "%~dp0hubdesk.exe" %*
exit /b %ERRORLEVEL%
