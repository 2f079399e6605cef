#include "db/Migration.h"

#include <QRegularExpression>

namespace opsdeck {

QStringList Migration::statements(Dialect dialect) const
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    bool inDollarQuote = false;
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const auto lines = sqlFor(dialect).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        // PostgreSQL's CREATE TRIGGER is one statement; its body is a $$-quoted function.
        if (dialect == Dialect::Sqlite && current.isEmpty() && triggerStart.match(line).hasMatch())
            inTrigger = true;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        const bool ends = inTrigger ? triggerEnd.match(line).hasMatch()
                                    : !inDollarQuote && trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            out << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace opsdeck
