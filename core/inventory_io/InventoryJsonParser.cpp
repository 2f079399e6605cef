#include "inventory_io/InventoryJsonParser.h"

#include "inventory_io/InventoryText.h"
#include "inventory_io/VariantJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace opsdeck {

namespace {

class JsonReader
{
public:
    explicit JsonReader(const QString& fileName) : m_fileName(fileName) {}

    Error error(const QString& where, const QString& message) const
    {
        return Error::refused(QStringLiteral("%1: %2: %3").arg(m_fileName, where, message));
    }

    // A string member (absent → fallback); nullopt with *err set when it is another type.
    std::optional<QString> string(const QJsonObject& o, const QString& key, const QString& where,
                                  const QString& fallback, std::optional<Error>& err) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            err = error(where, QCoreApplication::translate("InventoryIo", "'%1' must be a string").arg(key));
            return std::nullopt;
        }
        return v.toString();
    }

    // An array of non-empty strings (absent → empty), duplicates dropped; nullopt with *err set.
    std::optional<QStringList> strings(const QJsonObject& o, const QString& key, const QString& where,
                                       std::optional<Error>& err) const
    {
        const QJsonValue v = o.value(key);
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            err = error(
                where,
                QCoreApplication::translate("InventoryIo", "'%1' must be an array of strings").arg(key));
            return std::nullopt;
        }
        for (const QJsonValue& e : v.toArray()) {
            if (!e.isString() || e.toString().trimmed().isEmpty()) {
                err = error(
                    where,
                    QCoreApplication::translate("InventoryIo", "'%1' must be an array of strings").arg(key));
                return std::nullopt;
            }
            if (!out.contains(e.toString()))
                out.append(e.toString());
        }
        return out;
    }

    // A port member: 1..65535 when present; 0 when absent and !required.
    std::optional<int> port(const QJsonObject& o, const QString& where, bool required,
                            std::optional<Error>& err) const
    {
        const QJsonValue v = o.value(u"port");
        if (v.isUndefined() || v.isNull()) {
            if (!required)
                return 0;
            err = error(where, QCoreApplication::translate("InventoryIo", "'port' is required"));
            return std::nullopt;
        }
        const auto p = inventory_text::parsePort(variant_json::fromJson(v));
        if (!p || v.isString()) {
            err = error(where, QCoreApplication::translate("InventoryIo",
                                                           "port %1 is not a number between 1 and 65535")
                                   .arg(v.toVariant().toString()));
            return std::nullopt;
        }
        return *p;
    }

    void warnUnknown(const QJsonObject& o, const QStringList& known, const QString& where)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!known.contains(it.key()))
                m_warnings.append(
                    QStringLiteral("%1: %2: %3")
                        .arg(m_fileName, where,
                             QCoreApplication::translate("InventoryIo", "skipped unknown key '%1'")
                                 .arg(it.key())));
        }
    }

    QString m_fileName;
    QStringList m_warnings;
};

int lineAt(QByteArrayView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return int(text.first(offset).count('\n')) + 1;
}

} // namespace

Result<InventoryDocument> parseInventoryJson(QByteArrayView text, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return inventory_text::locatedError(
            fileName, lineAt(text, parseError.offset),
            QCoreApplication::translate("InventoryIo", "not valid JSON: %1").arg(parseError.errorString()));
    if (!json.isObject())
        return inventory_text::locatedError(
            fileName, 0,
            QCoreApplication::translate("InventoryIo",
                                        "the inventory must be a JSON object with 'nodes' and 'machines'"));

    JsonReader r(fileName);
    const QJsonObject root = json.object();
    r.warnUnknown(root,
                  {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("nodes"),
                   QStringLiteral("machines"), QStringLiteral("units"), QStringLiteral("relations")},
                  QStringLiteral("/"));
    if (root.contains(u"format") && root.value(u"format") != QJsonValue(QStringLiteral("opsdeck-inventory")))
        return r.error(QStringLiteral("format"),
                       QCoreApplication::translate("InventoryIo", "'%1' is not an Opsdeck inventory")
                           .arg(root.value(u"format").toVariant().toString()));
    if (root.contains(u"version") && root.value(u"version") != QJsonValue(1))
        return r.error(QStringLiteral("version"),
                       QCoreApplication::translate(
                           "InventoryIo", "version %1 is not supported (this Opsdeck reads version 1)")
                           .arg(root.value(u"version").toVariant().toString()));
    const QJsonValue nodesValue = root.value(u"nodes");
    const QJsonValue machinesValue = root.value(u"machines");
    if (!nodesValue.isUndefined() && !nodesValue.isArray())
        return r.error(QStringLiteral("nodes"),
                       QCoreApplication::translate("InventoryIo", "must be an array"));
    if (!machinesValue.isUndefined() && !machinesValue.isArray())
        return r.error(QStringLiteral("machines"),
                       QCoreApplication::translate("InventoryIo", "must be an array"));
    const QJsonValue unitsValue = root.value(u"units");
    const QJsonValue relationsValue = root.value(u"relations");
    if (!unitsValue.isUndefined() && !unitsValue.isNull() && !unitsValue.isArray())
        return r.error(QStringLiteral("units"),
                       QCoreApplication::translate("InventoryIo", "must be an array"));
    if (!relationsValue.isUndefined() && !relationsValue.isNull() && !relationsValue.isArray())
        return r.error(QStringLiteral("relations"),
                       QCoreApplication::translate("InventoryIo", "must be an array"));

    InventoryDocument doc;
    doc.sourceName = fileName;
    doc.sha256 = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    std::optional<Error> err;

    QSet<QString> paths;
    const QJsonArray nodes = nodesValue.toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString where = QStringLiteral("nodes[%1]").arg(i);
        if (!nodes[i].isObject())
            return r.error(where, QCoreApplication::translate("InventoryIo", "must be an object"));
        const QJsonObject o = nodes[i].toObject();
        r.warnUnknown(o,
                      {QStringLiteral("path"), QStringLiteral("kind"), QStringLiteral("product_line"),
                       QStringLiteral("vars"), QStringLiteral("urls")},
                      where);
        InventoryNode node;
        const auto path = r.string(o, QStringLiteral("path"), where, QString(), err);
        if (!path)
            return *err;
        node.path = *path;
        if (const QString problem = inventory_text::nodePathProblem(node.path); !problem.isEmpty())
            return r.error(where, problem);
        if (paths.contains(node.path))
            return r.error(
                where,
                QCoreApplication::translate("InventoryIo", "node '%1' is listed twice").arg(node.path));
        const qsizetype slash = node.path.lastIndexOf(u'/');
        if (slash > 0 && !paths.contains(node.path.left(slash)))
            return r.error(where, QCoreApplication::translate(
                                      "InventoryIo", "node '%1' comes before or without its parent '%2'")
                                      .arg(node.path, node.path.left(slash)));
        const auto kind = r.string(o, QStringLiteral("kind"), where, QStringLiteral("folder"), err);
        if (!kind)
            return *err;
        const auto parsedKind = nodeKindFromName(*kind);
        if (!parsedKind)
            return r.error(
                where, QCoreApplication::translate("InventoryIo", "kind '%1' is not folder, group or service")
                           .arg(*kind));
        node.kind = *parsedKind;
        const QJsonValue pl = o.value(u"product_line");
        if (!pl.isUndefined() && !pl.isNull() && !pl.isBool())
            return r.error(
                where, QCoreApplication::translate("InventoryIo", "'product_line' must be true or false"));
        node.productLine = pl.toBool(false);
        const QJsonValue vars = o.value(u"vars");
        if (!vars.isUndefined() && !vars.isNull() && !vars.isObject())
            return r.error(where, QCoreApplication::translate("InventoryIo", "'vars' must be an object"));
        node.vars = variant_json::fromJson(vars.toObject()).toMap();
        const auto urls = r.strings(o, QStringLiteral("urls"), where, err);
        if (!urls)
            return *err;
        node.urls = *urls;
        paths.insert(node.path);
        doc.nodes.append(std::move(node));
    }

    QSet<QString> names;
    const QJsonArray machines = machinesValue.toArray();
    for (qsizetype i = 0; i < machines.size(); ++i) {
        QString where = QStringLiteral("machines[%1]").arg(i);
        if (!machines[i].isObject())
            return r.error(where, QCoreApplication::translate("InventoryIo", "must be an object"));
        const QJsonObject o = machines[i].toObject();
        r.warnUnknown(o,
                      {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("port"),
                       QStringLiteral("user"), QStringLiteral("pool"), QStringLiteral("nodes"),
                       QStringLiteral("meta"), QStringLiteral("tags"), QStringLiteral("state")},
                      where);
        InventoryHost host;
        const auto rawName = r.string(o, QStringLiteral("name"), where, QString(), err);
        if (!rawName)
            return *err;
        const auto name = inventory_text::machineName(*rawName);
        if (!name)
            return r.error(where, name.error().message);
        host.name = *name;
        where += QStringLiteral(" (%1)").arg(host.name);
        if (names.contains(host.name))
            return r.error(
                where,
                QCoreApplication::translate("InventoryIo", "machine '%1' is listed twice").arg(host.name));
        const auto address = r.string(o, QStringLiteral("address"), where, host.name, err);
        const auto user = address ? r.string(o, QStringLiteral("user"), where, QString(), err) : std::nullopt;
        const auto pool = user ? r.string(o, QStringLiteral("pool"), where, QString(), err) : std::nullopt;
        if (!pool)
            return *err;
        host.address = *address; // "" = not known (see AnsibleInventoryBuilder.h); missing = the name
        host.user = *user;
        host.pool = *pool;
        const QJsonValue port = o.value(u"port");
        if (!port.isUndefined() && !port.isNull()) {
            const auto p = inventory_text::parsePort(variant_json::fromJson(port));
            if (!p || port.isString())
                return r.error(where, QCoreApplication::translate(
                                          "InventoryIo", "port %1 is not a number between 1 and 65535")
                                          .arg(port.toVariant().toString()));
            host.port = *p;
        }
        const QJsonValue bound = o.value(u"nodes");
        if (!bound.isUndefined() && !bound.isNull() && !bound.isArray())
            return r.error(
                where, QCoreApplication::translate("InventoryIo", "'nodes' must be an array of node paths"));
        for (const QJsonValue& p : bound.toArray()) {
            if (!p.isString())
                return r.error(where, QCoreApplication::translate("InventoryIo",
                                                                  "'nodes' must be an array of node paths"));
            if (!paths.contains(p.toString()))
                return r.error(where,
                               QCoreApplication::translate("InventoryIo", "node '%1' is not in 'nodes'")
                                   .arg(p.toString()));
            if (!host.nodePaths.contains(p.toString()))
                host.nodePaths.append(p.toString());
        }
        const QJsonValue meta = o.value(u"meta");
        if (!meta.isUndefined() && !meta.isNull() && !meta.isObject())
            return r.error(where, QCoreApplication::translate("InventoryIo", "'meta' must be an object"));
        host.meta = variant_json::fromJson(meta.toObject()).toMap();
        const auto tags = r.strings(o, QStringLiteral("tags"), where, err);
        const auto state = tags ? r.string(o, QStringLiteral("state"), where, QString(), err) : std::nullopt;
        if (!state)
            return *err;
        host.tags = *tags;
        host.state = state->trimmed().toUpper();
        names.insert(host.name);
        doc.hosts.append(std::move(host));
    }

    // Units and relations name services and machines that may also be in the database
    // already; the applier checks that they exist.
    const QJsonArray units = unitsValue.toArray();
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QString where = QStringLiteral("units[%1]").arg(i);
        if (!units[i].isObject())
            return r.error(where, QCoreApplication::translate("InventoryIo", "must be an object"));
        const QJsonObject o = units[i].toObject();
        r.warnUnknown(o, {QStringLiteral("service"), QStringLiteral("machine"), QStringLiteral("port")},
                      where);
        const auto service = r.string(o, QStringLiteral("service"), where, QString(), err);
        const auto machine =
            service ? r.string(o, QStringLiteral("machine"), where, QString(), err) : std::nullopt;
        const auto port = machine ? r.port(o, where, true, err) : std::nullopt;
        if (!port)
            return *err;
        if (service->trimmed().isEmpty() || machine->trimmed().isEmpty())
            return r.error(where, QCoreApplication::translate("InventoryIo",
                                                              "a unit needs a 'service' and a 'machine'"));
        const InventoryUnit unit{*service, *machine, *port};
        if (doc.units.contains(unit))
            return r.error(where, QCoreApplication::translate("InventoryIo", "the unit is listed twice"));
        doc.units.append(unit);
    }
    const QJsonArray relations = relationsValue.toArray();
    for (qsizetype i = 0; i < relations.size(); ++i) {
        const QString where = QStringLiteral("relations[%1]").arg(i);
        if (!relations[i].isObject())
            return r.error(where, QCoreApplication::translate("InventoryIo", "must be an object"));
        const QJsonObject o = relations[i].toObject();
        r.warnUnknown(o,
                      {QStringLiteral("service"), QStringLiteral("needs"), QStringLiteral("port"),
                       QStringLiteral("endpoint")},
                      where);
        const auto service = r.string(o, QStringLiteral("service"), where, QString(), err);
        const auto needs =
            service ? r.string(o, QStringLiteral("needs"), where, QString(), err) : std::nullopt;
        const auto endpoint =
            needs ? r.string(o, QStringLiteral("endpoint"), where, QString(), err) : std::nullopt;
        const auto port = endpoint ? r.port(o, where, false, err) : std::nullopt;
        if (!port)
            return *err;
        if (service->trimmed().isEmpty())
            return r.error(where, QCoreApplication::translate("InventoryIo", "a relation needs a 'service'"));
        if (needs->isEmpty() == endpoint->isEmpty())
            return r.error(where, QCoreApplication::translate(
                                      "InventoryIo",
                                      "a relation has either 'needs' (a service) or 'endpoint' (HOST:PORT)"));
        if (!endpoint->isEmpty() && *port)
            return r.error(
                where, QCoreApplication::translate(
                           "InventoryIo", "'port' belongs to a relation on a service, not on an endpoint"));
        const InventoryRelation relation{*service, *needs, *port, *endpoint};
        if (doc.relations.contains(relation))
            return r.error(where, QCoreApplication::translate("InventoryIo", "the relation is listed twice"));
        doc.relations.append(relation);
    }
    doc.warnings = r.m_warnings;
    return doc;
}

} // namespace opsdeck
