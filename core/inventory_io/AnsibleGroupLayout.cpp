#include "inventory_io/AnsibleGroupLayout.h"

#include "inventory_io/AnsibleTemplate.h"
#include "inventory_io/InventoryText.h"
#include "inventory_io/VariantJson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace opsdeck {

namespace {

const QString kAll = QStringLiteral("all");
const QString kUngrouped = QStringLiteral("ungrouped");
const QString kKind = QStringLiteral("opsdeck_kind");
const QString kProductLine = QStringLiteral("opsdeck_product_line");
const QString kPool = QStringLiteral("opsdeck_pool");
const QString kName = QStringLiteral("opsdeck_name");

const QStringList& consumedKeys()
{
    static const QStringList keys{QStringLiteral("ansible_host"),
                                  QStringLiteral("ansible_ssh_host"),
                                  QStringLiteral("ansible_port"),
                                  QStringLiteral("ansible_ssh_port"),
                                  QStringLiteral("ansible_user"),
                                  QStringLiteral("ansible_ssh_user"),
                                  kPool,
                                  kKind,
                                  kProductLine};
    return keys;
}

QVariant firstOf(const QVariantMap& vars, const char* a, const char* b)
{
    for (const char* k : {a, b}) {
        const auto it = vars.constFind(QString::fromLatin1(k));
        if (it != vars.constEnd() && !it->isNull())
            return *it;
    }
    return {};
}

QString normalized(const QString& path)
{
    return (path == kAll || path.startsWith(QStringLiteral("all/"))) ? path : QStringLiteral("all/") + path;
}

QString parentOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString lastPart(const QString& path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

} // namespace

QString AnsibleGroupLayout::sanitizedName(const QString& name)
{
    QString out = name;
    for (QChar& c : out) {
        if (c.isSpace() || QStringView(u":[]=#;\"',\\").contains(c))
            c = u'_';
    }
    return out.isEmpty() ? QStringLiteral("_") : out;
}

AnsibleGroupLayout::AnsibleGroupLayout(const InventoryDocument& doc)
{
    // The tree, rooted at "all" (synthesised when the document has no such node).
    struct Node
    {
        QString path;
        const InventoryNode* source = nullptr;
        QList<int> children;
        QStringList hosts;
        QByteArray signature;
        QString group;
    };
    QList<Node> nodes{Node{kAll, nullptr, {}, {}, {}, kAll}};
    QHash<QString, int> byPath{{kAll, 0}};
    for (const InventoryNode& n : doc.nodes) {
        const QString path = normalized(n.path);
        if (path == kAll) {
            nodes[0].source = &n;
            continue;
        }
        if (byPath.contains(path))
            continue;
        byPath.insert(path, int(nodes.size()));
        nodes.append(Node{path, &n, {}, {}, {}, {}});
    }
    for (int i = 1; i < nodes.size(); ++i) {
        QString parent = parentOf(nodes[i].path);
        while (!byPath.contains(parent))
            parent = parentOf(parent); // a gap in the tree: hang it under the nearest ancestor
        nodes[byPath.value(parent)].children.append(i);
    }
    // Sets, not list scans: a range can put 10,000 hosts on one node.
    for (const InventoryHost& h : doc.hosts) {
        QSet<int> bound;
        for (const QString& p : h.nodePaths) {
            const int i = byPath.value(normalized(p), -1);
            if (i >= 0 && !bound.contains(i)) {
                bound.insert(i);
                nodes[i].hosts.append(h.name);
            }
        }
    }

    // Pre-order from the root (parents before children, children in document order).
    QList<int> order;
    QList<int> stack{0};
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        order.append(i);
        for (auto it = nodes[i].children.crbegin(); it != nodes[i].children.crend(); ++it)
            stack.append(*it);
    }

    // Signatures, children first: equal signatures mean equal subtrees.
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        Node& n = nodes[*it];
        QCryptographicHash hash(QCryptographicHash::Sha1);
        if (n.source) {
            hash.addData(nodeKindName(n.source->kind).toUtf8());
            hash.addData(n.source->productLine ? "|pl|" : "|-|");
            hash.addData(QJsonDocument(variant_json::toJson(n.source->vars).toObject())
                             .toJson(QJsonDocument::Compact));
        }
        QStringList hosts = n.hosts;
        hosts.sort();
        hash.addData(hosts.join(u'\n').toUtf8());
        QStringList children;
        for (int c : n.children)
            children.append(lastPart(nodes[c].path) + u'=' + QString::fromLatin1(nodes[c].signature.toHex()));
        children.sort();
        hash.addData(children.join(u'\n').toUtf8());
        n.signature = hash.result();
    }

    // Names: shared by copies, else made from the path.
    QHash<QString, QList<int>> buckets;
    QStringList bucketOrder;
    for (int i : order) {
        if (i == 0)
            continue;
        const QString name = sanitizedName(lastPart(nodes[i].path));
        if (!buckets.contains(name))
            bucketOrder.append(name);
        buckets[name].append(i);
    }
    QSet<QString> used{kAll, kUngrouped};
    QList<int> unnamed;
    for (const QString& name : bucketOrder) {
        const QList<int>& members = buckets.value(name);
        const bool copies = std::all_of(members.cbegin(), members.cend(), [&](int i) {
            return nodes[i].signature == nodes[members.first()].signature;
        });
        if (copies && !used.contains(name)) {
            used.insert(name);
            for (int i : members)
                nodes[i].group = name;
        } else {
            unnamed.append(members);
        }
    }
    QHash<int, int> position;
    for (int k = 0; k < order.size(); ++k)
        position.insert(order[k], k);
    std::sort(unnamed.begin(), unnamed.end(),
              [&](int a, int b) { return position.value(a) < position.value(b); });
    for (int i : unnamed) {
        const QString base = sanitizedName(nodes[i].path.mid(4).replace(u'/', u'_'));
        QString name = base;
        for (int k = 2; used.contains(name); ++k)
            name = base + QStringLiteral("_%1").arg(k);
        used.insert(name);
        nodes[i].group = name;
    }

    // Groups in tree order.
    QHash<QString, QStringList> parents;
    QHash<QString, QSet<QString>> groupHosts;
    for (int i : order) {
        const Node& n = nodes[i];
        if (!m_groupIndex.contains(n.group)) {
            m_groupIndex.insert(n.group, int(m_groups.size()));
            Group g;
            g.name = n.group;
            if (i != 0 && n.group != lastPart(n.path))
                g.vars.append({kName, lastPart(n.path)});
            if (n.source) {
                if (n.source->kind != NodeKind::Folder)
                    g.vars.append({kKind, nodeKindName(n.source->kind)});
                if (n.source->productLine)
                    g.vars.append({kProductLine, true});
                for (auto it = n.source->vars.cbegin(); it != n.source->vars.cend(); ++it) {
                    if (it.key() != kKind && it.key() != kProductLine && it.key() != kName)
                        g.vars.append({it.key(), it.value()});
                }
            }
            m_groups.append(std::move(g));
        }
        Group& g = m_groups[m_groupIndex.value(n.group)];
        QSet<QString>& listed = groupHosts[n.group];
        for (const QString& h : n.hosts) {
            if (!listed.contains(h)) {
                listed.insert(h);
                g.hosts.append(h);
            }
        }
        for (int c : n.children) {
            if (!g.children.contains(nodes[c].group))
                g.children.append(nodes[c].group);
            if (!parents[nodes[c].group].contains(n.group))
                parents[nodes[c].group].append(n.group);
        }
    }

    // Depth (longest path from all), as Ansible orders group vars.
    QHash<QString, int> depth{{kAll, 0}};
    // Parents come first in tree order, except the later parents of a shared group: iterate.
    bool changed = true;
    for (qsizetype round = 0; changed && round <= m_groups.size(); ++round) {
        changed = false;
        for (const Group& g : std::as_const(m_groups)) {
            int d = 0;
            for (const QString& p : parents.value(g.name))
                d = std::max(d, depth.value(p) + 1);
            if (depth.value(g.name, -1) != d) {
                depth.insert(g.name, d);
                changed = true;
            }
        }
    }

    // Host vars: what the host's groups would not already give it.
    QHash<QString, QStringList> hostGroups;
    for (const Group& g : std::as_const(m_groups)) {
        for (const QString& h : g.hosts)
            hostGroups[h].append(g.name);
    }
    for (const InventoryHost& h : doc.hosts) {
        const QStringList direct = hostGroups.value(h.name);
        if (direct.isEmpty())
            m_ungrouped.append(h.name);
        QStringList ancestors;
        QStringList queue = direct;
        if (queue.isEmpty())
            queue.append(kAll);
        while (!queue.isEmpty()) {
            const QString g = queue.takeLast();
            if (ancestors.contains(g))
                continue;
            ancestors.append(g);
            queue.append(parents.value(g));
        }
        std::sort(ancestors.begin(), ancestors.end(), [&](const QString& a, const QString& b) {
            const int da = depth.value(a), db = depth.value(b);
            return da != db ? da < db : a < b;
        });
        QVariantMap inherited;
        for (const QString& g : ancestors) {
            for (const auto& [k, v] : m_groups[m_groupIndex.value(g)].vars)
                inherited.insert(k, v);
        }

        // A field given by a Jinja template (kept in the host's meta by the reader, perhaps
        // inherited) is written as that template while it still gives the field's value; see
        // AnsibleInventoryBuilder.h. A template the host inherits but did not use (its own value
        // overrides it) is overridden by writing the field.
        QVariantMap seen = inherited;
        for (auto it = h.meta.cbegin(); it != h.meta.cend(); ++it)
            seen.insert(it.key(), it.value());
        QSet<QString> keptTemplates;
        // (What the reader made of it: the resolved value, for a port only a valid one, else
        // `unresolved`.)
        const auto templateKept = [&](const char* a, const char* b, const QString& now,
                                      const QString& unresolved, bool isPort) {
            const QVariant var = firstOf(h.meta, a, b); // the reader keeps only a template there
            if (!ansible_template::isTemplate(var))
                return false;
            QString gives = unresolved;
            if (const auto resolved = ansible_template::resolve(var, seen, h.name); resolved) {
                const auto asPort = inventory_text::parsePort(*resolved);
                if (!isPort)
                    gives = resolved->toString();
                else if (asPort)
                    gives = QString::number(*asPort);
            }
            if (gives != now)
                return false;
            keptTemplates << QString::fromLatin1(a) << QString::fromLatin1(b);
            return true;
        };

        QList<std::pair<QString, QVariant>> vars;
        const QVariant addr = firstOf(inherited, "ansible_host", "ansible_ssh_host");
        if (!templateKept("ansible_host", "ansible_ssh_host", h.address, QString(), false) &&
            (ansible_template::isTemplate(addr) || (addr.isValid() ? addr.toString() : h.name) != h.address))
            vars.append({QStringLiteral("ansible_host"), h.address});
        const QVariant port = firstOf(inherited, "ansible_port", "ansible_ssh_port");
        if (!templateKept("ansible_port", "ansible_ssh_port", QString::number(h.port), QStringLiteral("22"),
                          true) &&
            (ansible_template::isTemplate(port) ||
             (port.isValid() ? inventory_text::parsePort(port).value_or(22) : 22) != h.port))
            vars.append({QStringLiteral("ansible_port"), h.port});
        if (!templateKept("ansible_user", "ansible_ssh_user", h.user, QString(), false) &&
            (ansible_template::isTemplate(firstOf(inherited, "ansible_user", "ansible_ssh_user")) ||
             firstOf(inherited, "ansible_user", "ansible_ssh_user").toString() != h.user))
            vars.append({QStringLiteral("ansible_user"), h.user});
        if (inherited.value(kPool).toString() != h.pool)
            vars.append({kPool, h.pool});
        for (auto it = h.meta.cbegin(); it != h.meta.cend(); ++it) {
            if (consumedKeys().contains(it.key()) && !keptTemplates.contains(it.key()))
                continue;
            const auto inh = inherited.constFind(it.key());
            if (inh == inherited.constEnd() || *inh != it.value())
                vars.append({it.key(), it.value()});
        }
        m_hostVars.insert(h.name, vars);
    }
}

QList<std::pair<QString, QVariant>> AnsibleGroupLayout::hostVars(const QString& hostName) const
{
    return m_hostVars.value(hostName);
}

} // namespace opsdeck
