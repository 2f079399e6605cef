#pragma once

#include "metrics/RetentionPolicy.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace opsdeck {

// Retention by metric key, as carbon's storage-schemas.conf gives it (seed 001):
//   [server]
//   pattern = ^server\..*
//   retentions = 60s:1d,5m:7d,15m:3y
// Rules are tried in order and the first whose pattern (a regular expression, searched
// anywhere in the key unless anchored) matches the series' metric key wins: the Graphite
// path for pushed series, the Kurado key (`cpu-user`, `process.fork`) for host metrics.
// A key no rule matches has the default policy (RetentionPolicy, `metrics.retention`).
// Saved in the settings table under `metrics.retention.rules`, in the same text form.
class RetentionRules
{
public:
    struct Rule
    {
        QString name;
        QString pattern;
        RetentionPolicy policy;
        QRegularExpression regex;
    };

    // What a storage-schemas.conf holds: the rules in file order and, from a section
    // named `default` (carbon's catch-all), the default policy.
    struct Imported;

    // Parses carbon's storage-schemas.conf syntax (`#`/`;` comments, `[name]` sections
    // with `pattern` and `retentions`; other keys such as carbon's `priority` are
    // ignored). Errors (Usage) name `fileName` and the line.
    static Result<Imported> parseSchemas(QByteArrayView text, const QString& fileName);

    static Result<RetentionRules> load(QSqlDatabase& db);
    Status save(QSqlDatabase& db) const;
    static const char* settingsKey() { return "metrics.retention.rules"; }

    const QList<Rule>& rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }

    // Checks the pattern and the retention; a rule of that name is replaced in place,
    // otherwise the new one goes at `position` (0-based; -1: last).
    Status add(const QString& name, const QString& pattern, const QString& retentions, int position = -1);
    bool remove(const QString& name);

    // The policy of the first rule that matches `metricKey`, or nullptr.
    const RetentionPolicy* match(const QString& metricKey) const;

    // The storage-schemas.conf form (what save() stores).
    QString toText() const;

private:
    QList<Rule> m_rules;
};

struct RetentionRules::Imported
{
    RetentionRules rules;
    std::optional<RetentionPolicy> defaultPolicy;
};

} // namespace opsdeck
