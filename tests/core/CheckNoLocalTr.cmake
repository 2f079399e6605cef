# lupdate extracts only tr(), translate() and the QT_TR*_NOOP marks, and files a bare
# tr("...") under the context of the class it is called in (or of the enclosing
# namespace). So a file-local `QString tr(const char*)` translating under a context of its
# own is never found at run time, and a wrapper of QCoreApplication::translate called with
# a literal (`trc("...")`) is never extracted at all: either way the string stays English
# in every language. Outside a Q_OBJECT class or Q_DECLARE_TR_FUNCTIONS, call
# QCoreApplication::translate("Context", "...") with the context written out; a wrapper
# may take only strings marked QT_TRANSLATE_NOOP with its context.
set(_bad "")
set(_n 0)
foreach(_dir IN LISTS DIRS)
  file(GLOB_RECURSE _files ${_dir}/*.h ${_dir}/*.cpp)
  foreach(_f IN LISTS _files)
    math(EXPR _n "${_n} + 1")
    file(STRINGS ${_f} _hits REGEX "^[ \t]*(static[ \t]+|inline[ \t]+)?QString[ \t]+tr[ \t]*\\(")
    if(_hits)
      list(APPEND _bad "${_f}: ${_hits}")
    endif()
    file(READ ${_f} _text)
    string(REGEX MATCHALL "QString[ \t]+[A-Za-z_][A-Za-z_0-9]*\\(const char\\* text[^)]*\\)[ \t\r\n]*{[ \t\r\n]*return QCoreApplication::translate"
           _wrappers "${_text}")
    foreach(_w IN LISTS _wrappers)
      string(REGEX REPLACE "QString[ \t]+([A-Za-z_][A-Za-z_0-9]*)\\(.*" "\\1" _name "${_w}")
      if(_text MATCHES "[^A-Za-z_0-9:.>]${_name}\\(\"")
        list(APPEND _bad "${_f}: ${_name}(\"...\") is never extracted by lupdate")
      endif()
    endforeach()
  endforeach()
endforeach()
if(_bad)
  message(FATAL_ERROR "strings that are never translated:\n${_bad}")
endif()
message(STATUS "checked ${_n} files: no file-local tr(), no translate wrapper called with a literal")
