#pragma once

#include "inventory_io/InventoryDocument.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace opsdeck {

// How the Ansible writers turn the tree into groups (the reverse of AnsibleInventoryBuilder):
//  - the node "all" is Ansible's `all`; a path that does not start with "all/" is placed under
//    `all` as well (so "prod/web" is written as group `web` under group `prod`, and reads back as
//    "all/prod/web");
//  - a node's group is named after its last path part. Nodes sharing that name become ONE group
//    with several parents when they are copies of each other (same kind, vars, machines and
//    children — what the reader makes of a group with several parents); otherwise each gets a
//    name made from its whole path ("bj/redis" → `bj_redis`, then `_2`, `_3`, ... if still taken);
//  - characters Ansible INI cannot hold in a group name (spaces, ':', '[', ']', '=', '#', ';',
//    quotes, ',', and a backslash, which a [g:children] line reads as an escape) become '_';
//  - when a group's name differs from its node's name, group var `opsdeck_name` keeps the node's
//    name, so reading the file back restores the path;
//  - kind and product-line flag are written as group vars `opsdeck_kind` / `opsdeck_product_line`
//    (only when not folder / not false);
//  - machines bound to no node are written as ungrouped hosts;
//  - host vars: `ansible_host`, `ansible_port`, `ansible_user`, `opsdeck_pool` when they differ from
//    what the host would get anyway (address = name, port 22, empty user and pool, or inherited
//    group vars), then the meta entries the host's groups do not already give it with that value.
// Reading the written file back gives the same nodes and hosts when the tree is rooted at "all"
// and no group var reaches a host that lacks it in its meta (INI also turns values into text).
class AnsibleGroupLayout
{
public:
    struct Group
    {
        QString name;
        QList<std::pair<QString, QVariant>> vars; // in writing order
        QStringList children;                     // group names, each once, in tree order
        QStringList hosts;                        // host names bound directly, in document order
    };

    explicit AnsibleGroupLayout(const InventoryDocument& doc);

    // groups()[0] is `all`; the rest in tree order (parents before children).
    const QList<Group>& groups() const { return m_groups; }
    // Hosts bound to no node.
    const QStringList& ungroupedHosts() const { return m_ungrouped; }
    // The vars to write for a host (see above), in writing order.
    QList<std::pair<QString, QVariant>> hostVars(const QString& hostName) const;

    static QString sanitizedName(const QString& name);

private:
    QList<Group> m_groups;
    QHash<QString, int> m_groupIndex;
    QStringList m_ungrouped;
    QHash<QString, QList<std::pair<QString, QVariant>>> m_hostVars;
};

} // namespace opsdeck
