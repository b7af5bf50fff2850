@echo off
rem upgrade-risk: runs the command-line jar of this distribution with the JDK in JAVA_HOME, else the java on the PATH.
rem JAVA_OPTS goes to the JVM.
setlocal
set "UR_HOME=%~dp0.."
if defined JAVA_HOME (set "UR_JAVA=%JAVA_HOME%\bin\java.exe") else (set "UR_JAVA=java")
rem the serial collector starts fastest, unless JAVA_OPTS chooses a collector (the JVM refuses two)
set "UR_GC=-XX:+UseSerialGC"
echo.%JAVA_OPTS% | findstr /i /r "Use[A-Za-z]*GC" >nul && set "UR_GC="
"%UR_JAVA%" -XX:TieredStopAtLevel=1 %UR_GC% %JAVA_OPTS% -jar "%UR_HOME%\lib\upgrade-risk.jar" %*
exit /b %ERRORLEVEL%
