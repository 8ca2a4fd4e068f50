@echo off
rem The hasila command line, from a clone of the repository: hasila COMMAND [OPTIONS]
rem (hasila --help lists the commands). Builds cli\target\hasila.jar with the Maven wrapper the
rem first time, then runs it with %JAVA_HOME%\bin\java or the java on the PATH; needs a JDK 17+.
setlocal
set "HASILA_ROOT=%~dp0"
set "HASILA_JAR=%HASILA_ROOT%cli\target\hasila.jar"
if not exist "%HASILA_JAR%" (
  echo hasila: building %HASILA_JAR% once ^(mvnw -q -pl cli -am package -DskipTests^)... 1>&2
  pushd "%HASILA_ROOT%"
  call mvnw.cmd -q -B -pl cli -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Djapicmp.skip=true 1>&2
  if errorlevel 1 ( popd & exit /b 3 )
  popd
)
set "HASILA_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "HASILA_JAVA=%JAVA_HOME%\bin\java.exe"
"%HASILA_JAVA%" -jar "%HASILA_JAR%" %*
exit /b %ERRORLEVEL%
