@echo off
rem upgrade-risk: runs the command-line jar of this distribution with the JDK in JAVA_HOME, else the java on the PATH.
rem JAVA_OPTS goes to the JVM.
setlocal
set "UR_HOME=%~dp0.."
if defined JAVA_HOME (set "UR_JAVA=%JAVA_HOME%\bin\java.exe") else (set "UR_JAVA=java")
"%UR_JAVA%" -XX:TieredStopAtLevel=1 %JAVA_OPTS% -jar "%UR_HOME%\lib\upgrade-risk.jar" %*
exit /b %ERRORLEVEL%
