# The layers of the code, lowest first. Each line names a layer, the folder its code lives in, and the layers it
# may use. A layer's static library links exactly those, and the `layers` test fails when a file includes a
# header of any other layer. A layer never uses one listed after it. Nothing under models/ includes Qt Widgets.
set(ROPA_LAYERS
    # layer          folder                 may use
    "core            models/core"
    "domain          models/domain          core"
    "checks          models/checks          core domain"
    "formats         models/formats         core domain"
    "report          models/report          core domain checks formats"
    "store           models/store           core domain"
    "store_sqlcipher models/store/sqlcipher core domain store"
    "store_postgres  models/store/postgres  core domain store"
    "session         models/session         core domain checks formats report store store_sqlcipher store_postgres"
    "itemmodels      models/itemmodels      core domain checks report store session"
    "ui              ui                     core domain checks report session itemmodels"
    "cli             app/cli                core domain checks formats report store session"
    "gui             app/gui                core session ui"
)

# Sets <prefix>_FOLDER and <prefix>_USES for one layer of the table.
function(ropa_layer_lookup layer prefix)
    foreach(line IN LISTS ROPA_LAYERS)
        string(REGEX REPLACE "[ \t]+" ";" fields "${line}")
        list(GET fields 0 name)
        if(name STREQUAL layer)
            list(GET fields 1 folder)
            set(uses "")
            list(LENGTH fields count)
            if(count GREATER 2)
                list(SUBLIST fields 2 -1 uses)
            endif()
            set(${prefix}_FOLDER "${folder}" PARENT_SCOPE)
            set(${prefix}_USES "${uses}" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    message(FATAL_ERROR "No layer '${layer}' in cmake/Layers.cmake")
endfunction()

# ropa_add_layer(NAME sources...): the static library of a layer, linked to the layers it may use.
function(ropa_add_layer layer)
    ropa_layer_lookup(${layer} LAYER)
    add_library(${layer} STATIC ${ARGN})
    target_link_libraries(${layer} PUBLIC ropa_build_settings ${LAYER_USES})
endfunction()

# ropa_link_layer(TARGET layer): an executable made of the layer's code, linked to the layers that layer may use.
function(ropa_link_layer target layer)
    ropa_layer_lookup(${layer} LAYER)
    target_link_libraries(${target} PRIVATE ropa_build_settings ${LAYER_USES})
endfunction()
