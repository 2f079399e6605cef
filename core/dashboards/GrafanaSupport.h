#pragma once

// GrafanaImporter's parts: datasource references and their match to Opsdeck sources, and
// template variables. Not for other callers.

#include "dashboards/GrafanaImporter.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace opsdeck::grafana {

// A panel's or target's datasource as written: `key` is what --datasource names (the
// uid, else the name; an input `${DS_X}` gives its label), `kind` prometheus / graphite /
// another plugin id / empty when unsaid.
struct DsRef
{
    QString key;
    QString kind;
    bool mixed = false;  // "-- Mixed --"
    bool isNull = false; // not given: the dashboard's default
    bool operator==(const DsRef& o) const { return key == o.key && kind == o.kind && mixed == o.mixed; }
};

// `inputs`: the export's __inputs (name -> {label, pluginId}).
DsRef refOf(const QJsonValue& datasource, const QHash<QString, QJsonObject>& inputs);

// Opsdeck sources for Grafana datasources, each decided once.
class DatasourceMatcher
{
public:
    DatasourceMatcher(const GrafanaImporter::Options& options) : m_options(options) {}

    struct Match
    {
        const Source* source = nullptr;
        QString problem; // why there is none (translated)
    };

    // `kind`: prometheus or graphite.
    Match match(const DsRef& ref, const QString& kind);
    // A --datasource value naming no Opsdeck source (checked before anything else).
    Status checkMappings() const;
    QList<GrafanaImporter::Unresolved> unresolved() const { return m_unresolved; }

private:
    const Source* byIdOrUrl(const QString& text) const;
    // The sources of a kind, one per URL and binding (the lowest id of each).
    QList<const Source*> ofKind(const QString& kind) const;

    const GrafanaImporter::Options& m_options;
    QList<GrafanaImporter::Unresolved> m_unresolved;
};

// The dashboard's template variables: name -> its single current value, or nullopt when
// it has none that one query can take (multi-valued, All, no current value).
QHash<QString, std::optional<QString>> variablesOf(const QJsonObject& dashboard);

// `query` with every $var, ${var}, ${var:fmt} and [[var]] replaced, Grafana's own
// $__interval / $__rate_interval (1m / 5m) and $__range (`rangeText`) included. Error
// (its message the reason) naming the first variable that cannot be resolved.
Result<QString> substitute(const QString& query, const QHash<QString, std::optional<QString>>& variables,
                           const QString& rangeText);

// Two source URLs that name the same place (case and trailing slashes aside).
bool sameUrl(const QString& a, const QString& b);

// "now-6h" -> 6 h (a Grafana relative time); nullopt for anything else.
std::optional<qint64> relativeSeconds(const QString& from);

} // namespace opsdeck::grafana
