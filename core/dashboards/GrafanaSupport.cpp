#include "dashboards/GrafanaSupport.h"

#include "util/TimeSpec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace opsdeck::grafana {
namespace {

// "${DS_PROM}" or "$DS_PROM" -> "DS_PROM"; empty when not a variable.
QString variableName(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\$\\{?([A-Za-z0-9_]+)\\}?$"));
    const auto m = re.match(text.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString normalUrl(const QString& url)
{
    QString u = url.trimmed().toLower();
    while (u.endsWith(QLatin1Char('/')))
        u.chop(1);
    return u;
}

QString hostOf(const QString& url)
{
    return QUrl(url).host().toLower();
}

} // namespace

DsRef refOf(const QJsonValue& datasource, const QHash<QString, QJsonObject>& inputs)
{
    DsRef ref;
    QString text;
    if (datasource.isObject()) {
        const QJsonObject o = datasource.toObject();
        ref.kind = o.value(QStringLiteral("type")).toString();
        text = o.value(QStringLiteral("uid")).toString();
    } else if (datasource.isString()) {
        text = datasource.toString();
    } else {
        ref.isNull = true;
        return ref;
    }
    if (text == QLatin1String("-- Mixed --") || ref.kind == QLatin1String("datasource") ||
        text == QLatin1String("-- Dashboard --")) {
        ref.mixed = true;
        return ref;
    }
    const QString var = variableName(text);
    if (!var.isEmpty() && inputs.contains(var)) {
        const QJsonObject input = inputs.value(var);
        if (ref.kind.isEmpty())
            ref.kind = input.value(QStringLiteral("pluginId")).toString();
        const QString label = input.value(QStringLiteral("label")).toString();
        text = label.isEmpty() ? var : label;
    }
    ref.key = text;
    if (ref.kind.isEmpty()) {
        const QString lower = text.toLower();
        for (const char* k : {"prometheus", "graphite"})
            if (lower.contains(QLatin1String(k)))
                ref.kind = QLatin1String(k);
    }
    return ref;
}

const Source* DatasourceMatcher::byIdOrUrl(const QString& text) const
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    for (const Source& s : m_options.sources) {
        if (isNumber && s.id == id)
            return &s;
        if (!isNumber && normalUrl(s.url) == normalUrl(text))
            return &s;
    }
    return nullptr;
}

QList<const Source*> DatasourceMatcher::ofKind(const QString& kind) const
{
    // Sources of one URL and one binding are one datasource (an import adds such copies,
    // one per query): the first of them (lowest id) stands for the rest.
    QList<const Source*> out;
    for (const Source& s : m_options.sources) {
        if (sourceKindName(s.kind) != kind)
            continue;
        auto same = std::find_if(out.begin(), out.end(), [&](const Source* o) {
            return normalUrl(o->url) == normalUrl(s.url) && o->machine == s.machine &&
                   o->nodePath == s.nodePath;
        });
        if (same == out.end())
            out << &s;
        else if (s.id < (*same)->id)
            *same = &s;
    }
    return out;
}

Status DatasourceMatcher::checkMappings() const
{
    for (auto it = m_options.datasources.begin(); it != m_options.datasources.end(); ++it)
        if (!byIdOrUrl(it.value()))
            return Error::usage(QCoreApplication::translate(
                                    "GrafanaImporter",
                                    "--datasource %1=%2: there is no Opsdeck source with that id or URL; "
                                    "see opsdeck source list")
                                    .arg(it.key(), it.value()));
    return {};
}

DatasourceMatcher::Match DatasourceMatcher::match(const DsRef& ref, const QString& kind)
{
    if (m_options.datasources.contains(ref.key)) {
        const Source* s = byIdOrUrl(m_options.datasources.value(ref.key));
        if (sourceKindName(s->kind) != kind)
            return {nullptr, QCoreApplication::translate(
                                 "GrafanaImporter", "--datasource %1 names source %2, a %3 source, not %4")
                                 .arg(ref.key)
                                 .arg(s->id)
                                 .arg(sourceKindName(s->kind), kind)};
        return {s, {}};
    }
    const QList<const Source*> candidates = ofKind(kind);
    if (candidates.isEmpty())
        return {nullptr, QCoreApplication::translate(
                             "GrafanaImporter",
                             "no Opsdeck source of kind %1 (add one with opsdeck source add %1 URL)")
                             .arg(kind)};
    if (candidates.size() == 1)
        return {candidates.first(), {}};
    QList<const Source*> named;
    for (const Source* s : candidates) {
        const QString host = hostOf(s->url);
        if (!host.isEmpty() && !ref.key.isEmpty() && ref.key.toLower().contains(host))
            named << s;
    }
    if (named.size() == 1)
        return {named.first(), {}};
    QList<qint64> ids;
    for (const Source* s : candidates)
        ids << s->id;
    const QString key = ref.key.isEmpty() ? QStringLiteral("default") : ref.key;
    const bool listed = std::any_of(m_unresolved.cbegin(), m_unresolved.cend(),
                                    [&](const auto& u) { return u.datasource == key && u.kind == kind; });
    if (!listed)
        m_unresolved.append({key, kind, ids});
    QStringList idText;
    for (qint64 id : ids)
        idText << QString::number(id);
    return {nullptr, QCoreApplication::translate(
                         "GrafanaImporter",
                         "datasource '%1' could be any of the %2 sources %3; give --datasource %1=SOURCE")
                         .arg(key, kind, idText.join(QStringLiteral(", ")))};
}

bool sameUrl(const QString& a, const QString& b)
{
    return normalUrl(a) == normalUrl(b);
}

QHash<QString, std::optional<QString>> variablesOf(const QJsonObject& dashboard)
{
    QHash<QString, std::optional<QString>> out;
    const QJsonArray list =
        dashboard.value(QStringLiteral("templating")).toObject().value(QStringLiteral("list")).toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            continue;
        const QJsonValue value = o.value(QStringLiteral("current")).toObject().value(QStringLiteral("value"));
        std::optional<QString> single;
        if (value.isString() && !value.toString().startsWith(QLatin1String("$__all")))
            single = value.toString();
        else if (value.isArray() && value.toArray().size() == 1 &&
                 !value.toArray().first().toString().startsWith(QLatin1String("$__all")))
            single = value.toArray().first().toString();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("constant") && !single)
            single = o.value(QStringLiteral("query")).toString();
        out.insert(name, single);
    }
    return out;
}

Result<QString> substitute(const QString& query, const QHash<QString, std::optional<QString>>& variables,
                           const QString& rangeText)
{
    static const QRegularExpression re(
        QStringLiteral("\\$\\{([A-Za-z0-9_]+)(?::[^}]*)?\\}|\\[\\[([A-Za-z0-9_]+)\\]\\]|\\$([A-Za-z0-9_]+)"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(query);
    while (it.hasNext()) {
        const auto m = it.next();
        QString name = m.captured(1);
        if (name.isEmpty())
            name = m.captured(2);
        if (name.isEmpty())
            name = m.captured(3);
        QString value;
        if (name == QLatin1String("__interval") || name == QLatin1String("interval"))
            value = QStringLiteral("1m");
        else if (name == QLatin1String("__rate_interval"))
            value = QStringLiteral("5m");
        else if (name == QLatin1String("__range"))
            value = rangeText;
        else if (variables.contains(name) && variables.value(name))
            value = *variables.value(name);
        else
            return Error::usage(
                QCoreApplication::translate("GrafanaImporter",
                                            "the template variable $%1 cannot be resolved to one value")
                    .arg(name));
        out += query.mid(last, m.capturedStart() - last) + value;
        last = m.capturedEnd();
    }
    return out + query.mid(last);
}

std::optional<qint64> relativeSeconds(const QString& from)
{
    static const QRegularExpression re(QStringLiteral("^now-(\\d+)([smhdwy])(/[smhdwy])?$"));
    const auto m = re.match(from.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const qint64 unit = TimeSpec::unitSeconds(m.captured(2).at(0));
    if (n <= 0 || unit <= 0 || n > 100LL * 365 * 86400 / unit)
        return std::nullopt;
    return n * unit;
}

} // namespace opsdeck::grafana
