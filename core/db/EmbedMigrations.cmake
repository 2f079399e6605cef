# Writes a C++ source that holds every core/db/migrations/NNNN_name.sql as a string,
# with its NNNN_name.pg.sql (the PostgreSQL text, where the engines differ) when there
# is one. Called at configure time from core/CMakeLists.txt; a new or edited .sql file
# re-runs configure.
function(opsdeck_embed_migrations out_file)
  file(GLOB _sql CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/db/migrations/*.sql)
  list(SORT _sql)
  set(_body "")
  foreach(_f IN LISTS _sql)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_f})
    if(_f MATCHES "\\.pg\\.sql$")
      string(REGEX REPLACE "\\.pg\\.sql$" ".sql" _base ${_f})
      if(NOT EXISTS ${_base})
        message(FATAL_ERROR "migration override ${_f} has no ${_base}")
      endif()
      continue()
    endif()
    get_filename_component(_name ${_f} NAME_WE)
    string(REGEX MATCH "^([0-9]+)_(.+)$" _m ${_name})
    if(NOT _m)
      message(FATAL_ERROR "migration file ${_f} must be named NNNN_name.sql")
    endif()
    math(EXPR _version "${CMAKE_MATCH_1}")
    set(_label ${CMAKE_MATCH_2})
    file(READ ${_f} _text)
    string(REGEX REPLACE "\\.sql$" ".pg.sql" _pg ${_f})
    if(EXISTS ${_pg})
      file(READ ${_pg} _pgtext)
      set(_pgfield "QString::fromUtf8(R\"opsdeck_sql(${_pgtext})opsdeck_sql\"), true")
    else()
      set(_pgfield "QString(), false")
    endif()
    string(APPEND _body "        {${_version}, QStringLiteral(\"${_label}\"), QString::fromUtf8(R\"opsdeck_sql(${_text})opsdeck_sql\"), ${_pgfield}},\n")
  endforeach()
  set(_content "// Generated from core/db/migrations/*.sql by EmbedMigrations.cmake. Do not edit.
#include \"db/Migration.h\"

namespace opsdeck {

const QList<Migration>& Migration::all()
{
    static const QList<Migration> migrations = {
${_body}    };
    return migrations;
}

} // namespace opsdeck
")
  file(CONFIGURE OUTPUT ${out_file} CONTENT "${_content}" @ONLY)
endfunction()
