#include "inventory_io/AnsibleInventoryBuilder.h"

#include "inventory_io/AnsibleTemplate.h"
#include "inventory_io/InventoryText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <algorithm>

namespace opsdeck {

namespace {

const QString kAll = QStringLiteral("all");
const QString kUngrouped = QStringLiteral("ungrouped");

// Keys that become host fields or node attributes rather than meta.
const QStringList kAddressKeys{QStringLiteral("ansible_host"), QStringLiteral("ansible_ssh_host")};
const QStringList kPortKeys{QStringLiteral("ansible_port"), QStringLiteral("ansible_ssh_port")};
const QStringList kUserKeys{QStringLiteral("ansible_user"), QStringLiteral("ansible_ssh_user")};
const QString kPool = QStringLiteral("opsdeck_pool");
const QString kKind = QStringLiteral("opsdeck_kind");
const QString kProductLine = QStringLiteral("opsdeck_product_line");
const QString kName = QStringLiteral("opsdeck_name");

QVariant firstOf(const QVariantMap& vars, const QStringList& keys)
{
    for (const QString& k : keys) {
        const auto it = vars.constFind(k);
        if (it != vars.constEnd() && !it->isNull())
            return *it;
    }
    return {};
}

} // namespace

AnsibleInventoryBuilder::AnsibleInventoryBuilder(QString fileName) : m_fileName(std::move(fileName))
{
    group(kAll, 0);
    group(kUngrouped, 0);
}

AnsibleInventoryBuilder::Group& AnsibleInventoryBuilder::group(const QString& name, int line)
{
    const auto it = m_groupIndex.constFind(name);
    if (it != m_groupIndex.constEnd())
        return m_groups[*it];
    m_groupIndex.insert(name, int(m_groups.size()));
    Group g;
    g.name = name;
    g.line = line;
    m_groups.append(std::move(g));
    return m_groups.last();
}

void AnsibleInventoryBuilder::declareGroup(const QString& name, int line)
{
    group(name, line);
}

Status AnsibleInventoryBuilder::addChild(const QString& parent, const QString& child, int line)
{
    if (child == kAll)
        return error(line, QCoreApplication::translate("InventoryIo",
                                                       "group 'all' cannot be the child of another group"));
    if (child == parent)
        return error(
            line,
            QCoreApplication::translate("InventoryIo", "group '%1' cannot be its own child").arg(child));
    group(child, line);
    Group& p = group(parent, line);
    if (!p.children.contains(child)) {
        p.children.append(child);
        p.childLines.insert(child, line);
        m_groups[m_groupIndex.value(child)].parents.append(parent);
    }
    return {};
}

Status AnsibleInventoryBuilder::checkVar(const QString& key, const QVariant& value, bool groupVar,
                                         int line) const
{
    if (kPortKeys.contains(key) && !value.isNull() && !ansible_template::isTemplate(value) &&
        !inventory_text::parsePort(value))
        return error(line, QCoreApplication::translate("InventoryIo", "%1 '%2' is not a port (1-65535)")
                               .arg(key, value.toString()));
    if (groupVar && key == kKind && !nodeKindFromName(value.toString()))
        return error(line, QCoreApplication::translate("InventoryIo",
                                                       "opsdeck_kind '%1' is not folder, group or service")
                               .arg(value.toString()));
    if (groupVar && key == kName &&
        (value.toString().isEmpty() || value.toString().contains(u'/') ||
         inventory_text::nodePath(value.toString()) != value.toString()))
        return error(line, QCoreApplication::translate(
                               "InventoryIo",
                               "opsdeck_name '%1' is not a node name (not empty, no '/', no outer spaces)")
                               .arg(value.toString()));
    if (groupVar && key == kProductLine && !inventory_text::parseBool(value))
        return error(
            line, QCoreApplication::translate("InventoryIo", "opsdeck_product_line '%1' is not true or false")
                      .arg(value.toString()));
    return {};
}

Status AnsibleInventoryBuilder::setGroupVar(const QString& name, const QString& key, const QVariant& value,
                                            int line)
{
    if (key.isEmpty())
        return error(line, QCoreApplication::translate("InventoryIo", "a variable needs a name"));
    if (Status s = checkVar(key, value, true, line); !s)
        return s;
    group(name, line).vars.insert(key, value);
    return {};
}

Result<QString> AnsibleInventoryBuilder::addHost(const QString& groupName, const QString& rawName, int line)
{
    const auto name = inventory_text::machineName(rawName);
    if (!name)
        return error(line, name.error().message);
    const QString& hostName = *name;
    // A few range patterns can multiply into millions of entries; no real inventory lists
    // that many hosts in one file, and reading on would only exhaust the memory.
    if (++m_listings > maxListings)
        return error(line, QCoreApplication::translate("InventoryIo",
                                                       "the file lists more than %1 hosts (ranges expanded); "
                                                       "split it")
                               .arg(maxListings));
    group(groupName, line);
    auto it = m_hostIndex.constFind(hostName);
    if (it == m_hostIndex.constEnd()) {
        it = m_hostIndex.insert(hostName, int(m_hosts.size()));
        Host h;
        h.name = hostName;
        h.line = line;
        m_hosts.append(std::move(h));
    }
    Host& h = m_hosts[*it];
    if (!h.groups.contains(groupName))
        h.groups.append(groupName);
    return hostName;
}

Status AnsibleInventoryBuilder::setHostVar(const QString& hostName, const QString& key, const QVariant& value,
                                           int line)
{
    if (key.isEmpty())
        return error(line, QCoreApplication::translate("InventoryIo", "a variable needs a name"));
    if (Status s = checkVar(key, value, false, line); !s)
        return s;
    const auto it = m_hostIndex.constFind(hostName);
    if (it == m_hostIndex.constEnd())
        return error(
            line,
            QCoreApplication::translate("InventoryIo", "host '%1' is not in the inventory").arg(hostName));
    m_hosts[*it].vars.insert(key, value);
    return {};
}

QVariant AnsibleInventoryBuilder::fieldValue(const QVariantMap& vars, const QStringList& keys,
                                             const Host& host, QStringList& warnings) const
{
    const QVariant value = firstOf(vars, keys);
    if (!ansible_template::isTemplate(value))
        return value;
    const QString key =
        *std::find_if(keys.cbegin(), keys.cend(), [&](const QString& k) { return vars.value(k) == value; });
    const auto resolved = ansible_template::resolve(value, vars, host.name);
    const bool usable = resolved && (!kPortKeys.contains(key) || inventory_text::parsePort(*resolved));
    if (usable)
        return *resolved;
    warnings.append(inventory_text::locatedError(
                        m_fileName, host.line,
                        QCoreApplication::translate(
                            "InventoryIo", "host '%1': %2 '%3' is a Jinja template that is not a "
                                           "plain reference to a var of the host; not used (empty, port 22)")
                            .arg(host.name, key, value.toString()))
                        .message);
    return kPortKeys.contains(key) ? QVariant() : QVariant(QString());
}

Error AnsibleInventoryBuilder::error(int line, const QString& message) const
{
    return inventory_text::locatedError(m_fileName, line, message);
}

Result<InventoryDocument> AnsibleInventoryBuilder::build(QByteArrayView source) const
{
    const int n = int(m_groups.size());
    const int all = m_groupIndex.value(kAll);
    const int ungrouped = m_groupIndex.value(kUngrouped);

    // Effective edges: a group without parents hangs under `all`.
    QList<QList<int>> children(n);
    QList<QList<int>> parents(n);
    for (int i = 0; i < n; ++i) {
        for (const QString& c : m_groups[i].children) {
            const int ci = m_groupIndex.value(c);
            children[i].append(ci);
            parents[ci].append(i);
        }
    }
    for (int i = 0; i < n; ++i) {
        if (i != all && m_groups[i].parents.isEmpty()) {
            children[all].append(i);
            parents[i].append(all);
        }
    }

    // Cycle check and topological order (iterative DFS, colours 0 new, 1 open, 2 done).
    QList<int> colour(n, 0);
    QList<int> order; // reverse post-order = topological
    for (int root = 0; root < n; ++root) {
        if (colour[root] != 0)
            continue;
        QList<std::pair<int, int>> stack{{root, 0}};
        colour[root] = 1;
        while (!stack.isEmpty()) {
            auto& [g, next] = stack.last();
            if (next < children[g].size()) {
                const int c = children[g][next++];
                if (colour[c] == 1) {
                    const Group& pg = m_groups[g];
                    return error(pg.childLines.value(m_groups[c].name, pg.line),
                                 QCoreApplication::translate("InventoryIo",
                                                             "group '%1' is its own ancestor (through '%2')")
                                     .arg(m_groups[c].name, pg.name));
                }
                if (colour[c] == 0) {
                    colour[c] = 1;
                    stack.append({c, 0});
                }
            } else {
                colour[g] = 2;
                order.append(g);
                stack.removeLast();
            }
        }
    }
    std::reverse(order.begin(), order.end());

    // Depth = longest path from `all`, as Ansible uses it for variable precedence.
    QList<int> depth(n, 0);
    for (int g : order) {
        for (int c : children[g])
            depth[c] = std::max(depth[c], depth[g] + 1);
    }

    InventoryDocument doc;
    doc.sourceName = m_fileName;
    doc.sha256 = QCryptographicHash::hash(source, QCryptographicHash::Sha256);

    // Nodes: pre-order from `all`, children in the order the file names them.
    QList<QStringList> groupPaths(n);
    const auto isNode = [&](int g) {
        return g != ungrouped || !children[g].isEmpty();
    };
    const auto segment = [&](int g) {
        const QString name = m_groups[g].vars.value(kName).toString();
        return name.isEmpty() ? m_groups[g].name : name;
    };
    QSet<QString> seenPaths;
    QList<std::pair<int, QString>> stack{{all, kAll}};
    while (!stack.isEmpty()) {
        auto [g, path] = stack.takeLast();
        if (!isNode(g))
            continue;
        if (doc.nodes.size() >= maxNodes)
            return error(0,
                         QCoreApplication::translate("InventoryIo", "the groups give more than %1 tree nodes")
                             .arg(maxNodes));
        const Group& grp = m_groups[g];
        if (g != all) {
            const QString name = segment(g);
            // The node-path part rule (outer spaces and byte-order marks are not kept), so the
            // JSON export reads back what this reader accepted.
            if (name.contains(u'/') || inventory_text::nodePath(name) != name)
                return error(grp.line,
                             QCoreApplication::translate(
                                 "InventoryIo",
                                 "group name '%1' cannot be a node name ('/' separates node names, and "
                                 "outer spaces are not kept); give the group an opsdeck_name var")
                                 .arg(name));
        }
        if (seenPaths.contains(path))
            return error(grp.line,
                         QCoreApplication::translate(
                             "InventoryIo", "two groups give the node path '%1' (check opsdeck_name)")
                             .arg(path));
        seenPaths.insert(path);
        InventoryNode node;
        node.path = path;
        node.vars = grp.vars;
        node.vars.remove(kName);
        if (const auto kind = node.vars.take(kKind); kind.isValid())
            node.kind = nodeKindFromName(kind.toString()).value_or(NodeKind::Folder);
        if (const auto pl = node.vars.take(kProductLine); pl.isValid())
            node.productLine = inventory_text::parseBool(pl).value_or(false);
        doc.nodes.append(std::move(node));
        groupPaths[g].append(path);
        for (auto it = children[g].crbegin(); it != children[g].crend(); ++it)
            stack.append({*it, path + u'/' + segment(*it)});
    }

    // Hosts.
    doc.hosts.reserve(m_hosts.size());
    for (const Host& h : m_hosts) {
        QSet<int> seen;
        QList<int> ancestors;
        QList<int> queue;
        for (const QString& gname : h.groups)
            queue.append(m_groupIndex.value(gname));
        while (!queue.isEmpty()) {
            const int g = queue.takeLast();
            if (seen.contains(g))
                continue;
            seen.insert(g);
            ancestors.append(g);
            queue.append(parents[g]);
        }
        std::sort(ancestors.begin(), ancestors.end(), [&](int a, int b) {
            if (depth[a] != depth[b])
                return depth[a] < depth[b];
            return m_groups[a].name < m_groups[b].name;
        });
        QVariantMap vars;
        for (int g : ancestors) {
            for (auto it = m_groups[g].vars.cbegin(); it != m_groups[g].vars.cend(); ++it)
                vars.insert(it.key(), it.value());
        }
        for (auto it = h.vars.cbegin(); it != h.vars.cend(); ++it)
            vars.insert(it.key(), it.value());

        InventoryHost host;
        host.name = h.name;
        const QVariant address = fieldValue(vars, kAddressKeys, h, doc.warnings);
        host.address = address.isValid() ? address.toString() : h.name;
        const QVariant port = fieldValue(vars, kPortKeys, h, doc.warnings);
        host.port = port.isValid() ? inventory_text::parsePort(port).value_or(22) : 22;
        host.user = fieldValue(vars, kUserKeys, h, doc.warnings).toString();
        host.pool = vars.value(kPool).toString();
        for (const QStringList* keys : {&kAddressKeys, &kPortKeys, &kUserKeys}) {
            for (const QString& k : *keys) {
                // A template stays in meta as Ansible has it, so the exports hand it back.
                if (!ansible_template::isTemplate(vars.value(k)))
                    vars.remove(k);
            }
        }
        vars.remove(kPool);
        vars.remove(kKind);
        vars.remove(kProductLine);
        vars.remove(kName);
        host.meta = std::move(vars);
        for (const QString& gname : h.groups) {
            if (gname == kAll)
                continue; // Ansible puts a host listed only under `all` in `ungrouped`: pool stock
            for (const QString& p : groupPaths[m_groupIndex.value(gname)]) {
                if (!host.nodePaths.contains(p))
                    host.nodePaths.append(p);
            }
        }
        doc.hosts.append(std::move(host));
    }
    return doc;
}

} // namespace opsdeck
