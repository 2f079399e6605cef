#include "ingest/ParseReport.h"

namespace opsdeck {

void ParseReport::addError(int line, const QString& what)
{
    ++malformed;
    if (errors.size() < kMaxErrors)
        errors.append(QStringLiteral("line %1: %2").arg(line).arg(what));
}

void ParseReport::merge(const ParseReport& other)
{
    accepted += other.accepted;
    malformed += other.malformed;
    for (const QString& e : other.errors) {
        if (errors.size() >= kMaxErrors)
            break;
        errors.append(e);
    }
}

} // namespace opsdeck
