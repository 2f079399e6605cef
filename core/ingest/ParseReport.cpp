#include "ingest/ParseReport.h"

namespace opsdeck {

void ParseReport::addError(int line, const QString& what)
{
    ++malformed;
    if (errors.size() < kMaxErrors) {
        errors.append(QStringLiteral("line %1: %2").arg(line).arg(what));
        errorLines.append(line);
    }
}

void ParseReport::merge(const ParseReport& other)
{
    accepted += other.accepted;
    malformed += other.malformed;
    for (qsizetype i = 0; i < other.errors.size() && errors.size() < kMaxErrors; ++i) {
        errors.append(other.errors.at(i));
        errorLines.append(other.errorLines.value(i));
    }
}

} // namespace opsdeck
