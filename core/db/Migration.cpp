#include "db/Migration.h"

#include <QRegularExpression>

namespace opsdeck {

QStringList Migration::statements() const
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const auto lines = sql.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty() && triggerStart.match(line).hasMatch())
            inTrigger = true;
        current += line + QLatin1Char('\n');
        const bool ends = inTrigger ? triggerEnd.match(line).hasMatch() : trimmed.endsWith(QLatin1Char(';'));
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
