#include "metrics/RetentionRules.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace opsdeck {

namespace {

struct Section
{
    QString name;
    int line = 0;
    QString pattern;
    QString retentions;
};

Status finishSection(const Section& s, const QString& fileName, RetentionRules::Imported& out)
{
    if (s.name.isEmpty())
        return {};
    const QString where =
        QCoreApplication::translate("RetentionRules", "%1 line %2").arg(fileName).arg(s.line);
    if (s.retentions.isEmpty())
        return Error::usage(
            QCoreApplication::translate("RetentionRules", "%1: section [%2] has no retentions")
                .arg(where, s.name));
    if (s.name == QLatin1String("default")) {
        auto policy = RetentionPolicy::parse(s.retentions);
        if (!policy.ok())
            return Error::usage(QStringLiteral("%1: %2").arg(where, policy.error().message));
        out.defaultPolicy = *policy;
        return {};
    }
    if (s.pattern.isEmpty())
        return Error::usage(QCoreApplication::translate("RetentionRules", "%1: section [%2] has no pattern")
                                .arg(where, s.name));
    if (Status added = out.rules.add(s.name, s.pattern, s.retentions); !added.ok())
        return Error::usage(QStringLiteral("%1: %2").arg(where, added.error().message));
    return {};
}

} // namespace

Result<RetentionRules::Imported> RetentionRules::parseSchemas(QByteArrayView text, const QString& fileName)
{
    Imported out;
    Section section;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int lineNo = int(i + 1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            if (Status st = finishSection(section, fileName, out); !st.ok())
                return st.error();
            section = Section{line.mid(1, line.size() - 2).trimmed(), lineNo, {}, {}};
            if (section.name.isEmpty())
                return Error::usage(
                    QCoreApplication::translate("RetentionRules", "%1 line %2: an empty section name")
                        .arg(fileName)
                        .arg(lineNo));
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0 || section.name.isEmpty())
            return Error::usage(
                QCoreApplication::translate("RetentionRules", "%1 line %2: expected [section] or key = value")
                    .arg(fileName)
                    .arg(lineNo));
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("pattern"))
            section.pattern = value;
        else if (key == QLatin1String("retentions"))
            section.retentions = value;
    }
    if (Status st = finishSection(section, fileName, out); !st.ok())
        return st.error();
    return out;
}

Status RetentionRules::add(const QString& name, const QString& pattern, const QString& retentions,
                           int position)
{
    if (name.isEmpty() || name.contains(QLatin1Char(']')) || name.contains(QLatin1Char('\n')) ||
        name == QLatin1String("default"))
        return Error::usage(
            QCoreApplication::translate("RetentionRules", "'%1' cannot name a rule").arg(name));
    QRegularExpression regex(pattern);
    if (pattern.isEmpty() || pattern.contains(QLatin1Char('\n')) || !regex.isValid())
        return Error::usage(
            QCoreApplication::translate("RetentionRules", "the pattern '%1' is not a regular expression: %2")
                .arg(pattern, regex.errorString()));
    auto policy = RetentionPolicy::parse(retentions);
    if (!policy.ok())
        return policy.error();
    regex.optimize();
    Rule rule{name, pattern, *policy, regex};
    for (Rule& r : m_rules)
        if (r.name == name) {
            r = rule;
            return {};
        }
    if (position < 0 || position > m_rules.size())
        position = int(m_rules.size());
    m_rules.insert(position, rule);
    return {};
}

bool RetentionRules::remove(const QString& name)
{
    return m_rules.removeIf([&](const Rule& r) { return r.name == name; }) > 0;
}

const RetentionPolicy* RetentionRules::match(const QString& metricKey) const
{
    for (const Rule& r : m_rules)
        if (r.regex.match(metricKey).hasMatch())
            return &r.policy;
    return nullptr;
}

QString RetentionRules::toText() const
{
    QString out;
    for (const Rule& r : m_rules)
        out += QStringLiteral("[%1]\npattern = %2\nretentions = %3\n\n")
                   .arg(r.name, r.pattern, r.policy.toString());
    return out;
}

Result<RetentionRules> RetentionRules::load(QSqlDatabase& db)
{
    auto q = Database::exec(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                            {QString::fromLatin1(settingsKey())});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return RetentionRules();
    auto parsed = parseSchemas(q->value(0).toString().toUtf8(), QString::fromLatin1(settingsKey()));
    if (!parsed.ok())
        return Error::failure(QCoreApplication::translate("RetentionRules", "the setting %1 is not valid: %2")
                                  .arg(QString::fromLatin1(settingsKey()), parsed.error().message));
    return parsed->rules;
}

Status RetentionRules::save(QSqlDatabase& db) const
{
    auto q = m_rules.isEmpty()
                 ? Database::exec(db, QStringLiteral("DELETE FROM settings WHERE key = ?"),
                                  {QString::fromLatin1(settingsKey())})
                 : Database::exec(db,
                                  QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                  {QString::fromLatin1(settingsKey()), toText()});
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace opsdeck
