#include "sources/Source.h"

#include <QJsonObject>

namespace opsdeck {

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::NodeExporter:
        return QStringLiteral("node-exporter");
    case SourceKind::Graphite:
        return QStringLiteral("graphite");
    case SourceKind::Prometheus:
        return QStringLiteral("prometheus");
    case SourceKind::OpenTsdb:
        return QStringLiteral("opentsdb");
    case SourceKind::Ssh:
        return QStringLiteral("ssh");
    }
    return {};
}

std::optional<SourceKind> sourceKindFromName(const QString& name)
{
    for (SourceKind k : {SourceKind::NodeExporter, SourceKind::Graphite, SourceKind::Prometheus,
                         SourceKind::OpenTsdb, SourceKind::Ssh})
        if (sourceKindName(k) == name)
            return k;
    return std::nullopt;
}

QString sourceKindSeriesSource(SourceKind kind)
{
    return kind == SourceKind::NodeExporter ? QStringLiteral("node_exporter") : sourceKindName(kind);
}

QString authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        return QStringLiteral("none");
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::Bearer:
        return QStringLiteral("bearer");
    }
    return {};
}

std::optional<AuthKind> authKindFromName(const QString& name)
{
    for (AuthKind k : {AuthKind::None, AuthKind::Basic, AuthKind::Bearer})
        if (authKindName(k) == name)
            return k;
    return std::nullopt;
}

QString targetStateName(TargetState state)
{
    switch (state) {
    case TargetState::Ok:
        return QStringLiteral("ok");
    case TargetState::Stale:
        return QStringLiteral("stale");
    case TargetState::Down:
        return QStringLiteral("down");
    }
    return {};
}

std::optional<TargetState> targetStateFromName(const QString& name)
{
    for (TargetState s : {TargetState::Ok, TargetState::Stale, TargetState::Down})
        if (targetStateName(s) == name)
            return s;
    return std::nullopt;
}

QJsonArray malformedLinesToJson(const QList<MalformedLine>& lines)
{
    QJsonArray array;
    for (const MalformedLine& m : lines)
        array << QJsonObject{{QStringLiteral("line"), m.line},
                             {QStringLiteral("reason"), m.reason},
                             {QStringLiteral("text"), m.text}};
    return array;
}

QList<MalformedLine> malformedLinesFromJson(const QJsonArray& array)
{
    QList<MalformedLine> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out << MalformedLine{o.value(QStringLiteral("line")).toInt(),
                             o.value(QStringLiteral("reason")).toString(),
                             o.value(QStringLiteral("text")).toString()};
    }
    return out;
}

} // namespace opsdeck
