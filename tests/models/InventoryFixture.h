#pragma once

// A small inventory every model and widget test starts from (through the real stores,
// so the audit log fills as it would):
//
//   shop (folder, product line)            ops (folder)
//     web (service)  <- web01, web02         (nothing)
//     db  (service)  <- db01
//   machines: web01 READY bj01 [web,prod]   web02 ERROR_DETECTED bj01 [web]
//             db01 READY sh02 [db,prod]     cache01 NEW default []     Alpha INITED default [Prod]
//   units: shop/web on web01:8080, shop/db on db01:5432, db01:5433
//   relations: shop/web needs shop/db; shop/web needs mail.example.com:25

#include "db/Database.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"
#include "inventory/RelationStore.h"
#include "inventory/TreeStore.h"
#include "inventory/UnitStore.h"

#include <QTest>
#include <memory>

namespace opsdeck::test {

inline void seedInventory(const std::shared_ptr<Database>& db,
                          const QString& operatorName = QStringLiteral("alice"))
{
    InventoryWriter writer(db);
    writer.setOperatorName(operatorName);
    MachineStore machines(writer);
    TreeStore tree(writer);
    UnitStore units(writer);
    RelationStore relations(writer);
    auto must = [](const Status& s) {
        if (!s.ok())
            qFatal("seeding the inventory failed: %s", qPrintable(s.error().message));
    };
    must(machines.add({QStringLiteral("web01"),
                       QStringLiteral("10.0.0.1"),
                       22,
                       {},
                       QStringLiteral("bj01"),
                       {QStringLiteral("web"), QStringLiteral("prod")}}));
    must(machines.add({QStringLiteral("web02"),
                       QStringLiteral("10.0.0.2"),
                       22,
                       {},
                       QStringLiteral("bj01"),
                       {QStringLiteral("web")}}));
    must(machines.add({QStringLiteral("db01"),
                       QStringLiteral("10.0.1.1"),
                       22,
                       {},
                       QStringLiteral("sh02"),
                       {QStringLiteral("db"), QStringLiteral("prod")}}));
    must(machines.add({QStringLiteral("cache01"), QStringLiteral("10.0.2.1"), 22, {}, {}, {}}));
    must(machines.add(
        {QStringLiteral("Alpha"), QStringLiteral("10.0.0.9"), 2222, {}, {}, {QStringLiteral("Prod")}}));
    must(machines.transition(
        {QStringLiteral("web01"), QStringLiteral("web02"), QStringLiteral("db01"), QStringLiteral("Alpha")},
        MachineEvent::Init));
    must(machines.transition({QStringLiteral("web01"), QStringLiteral("web02"), QStringLiteral("db01")},
                             MachineEvent::Online));
    must(machines.transition(QStringLiteral("web02"), MachineEvent::Abnormal));
    must(tree.addNode(QStringLiteral("shop"), QStringLiteral("folder")));
    must(tree.setProductLine(QStringLiteral("shop"), true));
    must(tree.addNode(QStringLiteral("shop/web"), QStringLiteral("service")));
    must(tree.addNode(QStringLiteral("shop/db"), QStringLiteral("service")));
    must(tree.addNode(QStringLiteral("ops"), QStringLiteral("folder")));
    must(tree.bindMachines(QStringLiteral("shop/web"), {QStringLiteral("web01"), QStringLiteral("web02")}));
    must(tree.bindMachine(QStringLiteral("shop/db"), QStringLiteral("db01")));
    must(tree.bindUrl(QStringLiteral("shop/web"), QStringLiteral("https://shop.example.com/")));
    must(units.add({QStringLiteral("shop/web"), QStringLiteral("web01"), 8080}));
    must(units.add({QStringLiteral("shop/db"), QStringLiteral("db01"), 5432}));
    must(units.add({QStringLiteral("shop/db"), QStringLiteral("db01"), 5433}));
    must(relations.addNeedsService(QStringLiteral("shop/web"), QStringLiteral("shop/db")));
    must(relations.addNeedsEndpoint(QStringLiteral("shop/web"), QStringLiteral("mail.example.com:25")));
    QSqlDatabase c = db->connection();
    must(Database::exec(c, QStringLiteral("UPDATE machines SET last_seen = ? WHERE name = ?"),
                        {1763700000, QStringLiteral("web01")})
                 .ok()
             ? Status{}
             : Status{Error::failure(QStringLiteral("last_seen"))});
    must(Database::exec(c, QStringLiteral("UPDATE machines SET last_seen = ? WHERE name = ?"),
                        {1763600000, QStringLiteral("db01")})
                 .ok()
             ? Status{}
             : Status{Error::failure(QStringLiteral("last_seen"))});
}

} // namespace opsdeck::test
