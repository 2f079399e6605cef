#pragma once

#include "inventory_io/InventoryDocument.h"

#include <QByteArray>

namespace opsdeck {

// The whole inventory as JSON, re-importable with parseInventoryJson:
//
//   {
//     "format": "opsdeck-inventory",          // optional when reading
//     "version": 1,                           // optional when reading; other versions refused
//     "nodes": [                              // parents before children
//       {"path": "all/europe/web",            // required, '/'-separated, parent must be listed
//        "kind": "folder",                    // folder | group | service (default folder)
//        "product_line": false,               // default false
//        "vars": {"http_port": 8080},         // any JSON values (default {})
//        "urls": ["https://shop.example/"]}   // URLs bound to the node (default [])
//     ],
//     "machines": [
//       {"name": "web01",                     // required, unique
//        "address": "10.0.0.1",               // default: the name
//        "port": 22,                          // 1..65535, default 22
//        "user": "deploy",                    // default ""
//        "pool": "pool.bj01",                 // default "" (= the default pool)
//        "nodes": ["all/europe/web"],         // paths of listed nodes (default [])
//        "meta": {"IdentityFile": "~/.ssh/id_ed25519"},  // any JSON values (default {})
//        "tags": ["rack-3"],                  // strings (default [])
//        "state": "READY"}                    // lifecycle state; absent = not given (new
//                                             //   machines start NEW; an existing machine's
//                                             //   state is never changed by an import)
//     ],
//     "units": [                              // default []
//       {"service": "all/europe/web/api",     // required: a service node path
//        "machine": "web01",                  // required: must be READY after the import
//        "port": 8080}                        // required, 1..65535
//     ],
//     "relations": [                          // default []
//       {"service": "all/europe/web/api",     // required: the needing service
//        "needs": "all/europe/db/pg",         // unit-level: the needed service, or null
//        "port": 5432,                        // unit-level only: just its units at this port, or null
//        "endpoint": null}                    // service-level: "HOST:PORT" (then needs/port null)
//     ]
//   }
//
// parseInventoryJson(writeInventoryJson(doc)) gives back the same nodes, hosts, units and relations, except
// that a double holding a whole number (3.0) comes back as an integer (JSON does not tell them apart).
QByteArray writeInventoryJson(const InventoryDocument& doc);

} // namespace opsdeck
