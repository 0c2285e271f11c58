# The portability check: fails when a source file outside the platform files includes an operating-system header
# (POSIX's unistd.h, sys/*.h, termios.h ... or Windows's windows.h, io.h ...) or calls a POSIX-only function
# (fsync, fork, getuid, mmap, mlock, sigaction ...). Everything the programs need from the system goes through
# models/core/Platform.cpp, so the Windows build has one file to get right, not a scatter of #ifdefs.
#   cmake -DSOURCE_DIR=<root> -P CheckPortability.cmake
# SOURCE_DIR is the tree searched: the checkout, or a test's tree of deliberate mistakes. The folders searched are
# models/, ui/, app/ and tests/ below it, without tests/data (data, not code).
cmake_minimum_required(VERSION 3.21)

# The files that may make such calls, each with why. Product code has one; the others are test helpers, each
# behind #ifdef with a fallback that says the facility is missing, and never linked into a program we ship.
set(platform_files
    # Files, crash dumps and the console, for every program.
    models/core/Platform.cpp
    # The throw-away PostgreSQL server of the team-mode tests: account ids, ownership, whether a process lives.
    tests/support/PostgresClusterPlatform.cpp
    # A disk that has just filled up, made with RLIMIT_FSIZE (supported() is false elsewhere).
    tests/support/FileSizeLimit.cpp
    # "No file written anywhere", seen with Linux inotify (isActive() is false elsewhere).
    tests/support/FolderWatch.cpp
    # Its own inotify watch (it also counts files opened) for the "no file anywhere" test, Linux only.
    tests/unit/IcoExportTest.cpp
    # Allows a child core dumps before checking ropa-cli takes them away; the test is Linux only (/proc).
    tests/cli/CliTest.cpp)

# System headers: POSIX's and Windows's. <csignal>/<signal.h> count too: beyond the six signals of the C standard,
# signal handling is POSIX's.
set(header_names "unistd\\.h|fcntl\\.h|termios\\.h|pwd\\.h|grp\\.h|dlfcn\\.h|poll\\.h|pthread\\.h|dirent\\.h|sched\\.h|spawn\\.h|syslog\\.h|libgen\\.h|glob\\.h|fnmatch\\.h|semaphore\\.h|strings\\.h|utime\\.h|wordexp\\.h|execinfo\\.h|ucontext\\.h|netdb\\.h|ifaddrs\\.h|signal\\.h|csignal|sys/[A-Za-z0-9_/]+\\.h|netinet/[A-Za-z0-9_/]+\\.h|arpa/[A-Za-z0-9_/]+\\.h|linux/[A-Za-z0-9_/]+\\.h|windows\\.h|winbase\\.h|io\\.h|share\\.h|direct\\.h|process\\.h|conio\\.h|shlobj\\.h|winsock2?\\.h")
set(header_include "#[ \t]*include[ \t]*<(${header_names})>")
set(header_pattern "^[ \t]*${header_include}")
# POSIX-only functions (and Windows's C runtime names for the same), called unqualified or as ::name, not as a
# member (writer.kill(), QProcess::kill()).
set(call_names
    fsync fdatasync sync fork vfork execl execlp execle execv execvp execve waitpid kill sigaction sigprocmask
    pthread_sigmask sigemptyset sigaddset getuid geteuid getgid getegid setuid setgid getpwuid getpwnam getgrnam
    getpid getppid setsid mmap munmap mprotect mlock munlock mlockall munlockall madvise setrlimit getrlimit prctl
    ptrace isatty ttyname tcgetattr tcsetattr dlopen dlsym dlclose inotify_init inotify_init1 inotify_add_watch
    chown fchown lchown symlink readlink realpath pipe pipe2 mkfifo umask sysconf usleep linkat openat fcntl ioctl
    flock lockf _isatty _fileno _commit _wsopen_s _getpid)
list(JOIN call_names "|" call_alternatives)
set(call_pattern "(^|[^A-Za-z0-9_.>:]|[^A-Za-z0-9_:]::)(${call_alternatives})[ \t]*\\(")

set(problems "")
set(checked 0)
file(GLOB_RECURSE files RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/models/*.h" "${SOURCE_DIR}/models/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp"
     "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp")
list(SORT files)
foreach(file IN LISTS files)
    string(FIND "${file}" "tests/data/" in_data)
    if(in_data EQUAL 0 OR file IN_LIST platform_files)
        continue()
    endif()
    math(EXPR checked "${checked} + 1")
    file(READ "${SOURCE_DIR}/${file}" content)
    # Most files have nothing of the kind: one look at the whole file before a look at each line.
    if(NOT content MATCHES "${header_include}"
       AND NOT content MATCHES "(${call_alternatives})[ \t]*\\(")
        continue()
    endif()
    # One list element per line: semicolons and brackets would split or join CMake list elements.
    string(REPLACE ";" "," content "${content}")
    string(REPLACE "[" "(" content "${content}")
    string(REPLACE "]" ")" content "${content}")
    string(REPLACE "\n" ";" lines "${content}")
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "${header_pattern}")
            list(APPEND problems "${file}:${number}: includes <${CMAKE_MATCH_1}>")
            continue()
        endif()
        # What a comment or a string says is not a call.
        string(REGEX REPLACE "//.*$" "" code "${line}")
        string(REGEX REPLACE "/\\*([^*]|\\*[^/])*\\*/" "" code "${code}")
        string(REGEX REPLACE "\"([^\"\\\\]|\\\\.)*\"" "\"\"" code "${code}")
        if(code MATCHES "${call_pattern}")
            list(APPEND problems "${file}:${number}: calls ${CMAKE_MATCH_2}()")
        endif()
    endforeach()
endforeach()

if(problems)
    list(LENGTH problems problem_count)
    list(JOIN problems "\n  " text)
    list(JOIN platform_files ", " allowed)
    message(FATAL_ERROR "Portability check: ${problem_count} operating-system call(s) outside the platform files "
                        "(${allowed}); move them into models/core/Platform.cpp behind a portable function:\n  ${text}")
endif()
message(STATUS "Portability check: ${checked} files use no operating-system header or POSIX-only call.")
