#pragma once

#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QVariant>

namespace opsdeck {

// Collects what an Ansible inventory says (groups, children, group vars, hosts, host vars) and
// turns it into an InventoryDocument. Shared by the INI and YAML readers; the mapping is:
//
//  - `all` is the root node "all". Every other group is a folder node under each of its parents
//    (a group without parents is a child of `all`). A group listed as a child of several parents
//    appears under EACH of them ("all/europe/web" and "all/prod/web"), with the same vars, and its
//    hosts are bound to every copy, so each subtree counts what Ansible would put in it.
//  - `ungrouped` (hosts outside any section) is not a node: those hosts are bound to no node,
//    which Opsdeck calls pool stock. (If a file gives `ungrouped` children, it becomes a node.)
//  - Each host is bound to every node of every group that lists it directly, except `all`: a
//    host listed under `[all]` / `all: hosts:` and nowhere else is in `ungrouped` for Ansible,
//    so it is pool stock here too.
//  - Host order is the order of first mention; a host listed again merges its vars (later wins).
//  - A host's meta is what Ansible would see: vars of all its groups and their ancestors merged
//    by depth (parents first, then by group name, as Ansible sorts them), host vars last.
//    From that, `ansible_host` (else `ansible_ssh_host`, else the name) gives the address,
//    `ansible_port`/`ansible_ssh_port` the port (default 22), `ansible_user`/`ansible_ssh_user`
//    the user and `opsdeck_pool` the pool (empty = default); these keys are not kept in meta.
//    A Jinja template there (`{{ other_var }}`) is resolved when it is a plain reference to a
//    var of the host (AnsibleTemplate.h); otherwise the field is left empty (port 22) with a
//    warning. Either way the template stays in meta under its key, so exports give it back.
//  - Group vars `opsdeck_kind` (folder|group|service) and `opsdeck_product_line` (true|false)
//    set the node's kind and product-line flag (the writers emit them); they are not node vars.
//  - Group var `opsdeck_name` (written by the writers when a node's name is not usable as a
//    group name, or is taken) is the node's name in its path instead of the group name.
//  - A node's vars are the group's own vars (not inherited ones).
// Cycles in children, `all` as a child, two groups giving one path, bad ports and bad opsdeck_kind
// or opsdeck_name values are refused with the file and line.
class AnsibleInventoryBuilder
{
public:
    explicit AnsibleInventoryBuilder(QString fileName);

    // The group (created on first mention; `line` is remembered for messages).
    void declareGroup(const QString& name, int line);
    Status addChild(const QString& parent, const QString& child, int line);
    Status setGroupVar(const QString& group, const QString& key, const QVariant& value, int line);
    // Lists `host` in `group` (creating both as needed); the host's name as kept
    // (inventory_text::machineName), or its problem with the file and line.
    Result<QString> addHost(const QString& group, const QString& host, int line);
    Status setHostVar(const QString& host, const QString& key, const QVariant& value, int line);

    Result<InventoryDocument> build(QByteArrayView source) const;

    Error error(int line, const QString& message) const;

    // Refuses more node paths than this (a children graph can multiply paths).
    static constexpr int maxNodes = 200000;

    // Host entries (a host in two groups counts twice) one document may list.
    static constexpr qint64 maxListings = 500000;

private:
    qint64 m_listings = 0;
    struct Group
    {
        QString name;
        QStringList children;
        QStringList parents;
        QVariantMap vars;
        int line = 0;
        QHash<QString, int> childLines;
    };
    struct Host
    {
        QString name;
        QVariantMap vars;
        QStringList groups;
        int line = 0;
    };

    Group& group(const QString& name, int line);
    // The first of `keys` set in `vars`; a Jinja template in it resolved (AnsibleTemplate.h),
    // or, when it cannot be, a warning and an empty string (null for a port).
    QVariant fieldValue(const QVariantMap& vars, const QStringList& keys, const Host& host,
                        QStringList& warnings) const;
    Status checkVar(const QString& key, const QVariant& value, bool groupVar, int line) const;

    QString m_fileName;
    QList<Group> m_groups;
    QHash<QString, int> m_groupIndex;
    QList<Host> m_hosts;
    QHash<QString, int> m_hostIndex;
};

} // namespace opsdeck
