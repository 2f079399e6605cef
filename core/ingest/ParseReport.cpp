#include "ingest/ParseReport.h"

namespace opsdeck {

QString MalformedLine::clip(QByteArrayView text)
{
    if (text.size() <= kMaxTextBytes)
        return QString::fromUtf8(text);
    qsizetype cut = kMaxTextBytes;
    // Never cut inside a UTF-8 sequence: back up over continuation bytes (10xxxxxx).
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return QString::fromUtf8(text.first(cut)) + QChar(0x2026);
}

void ParseReport::addError(int line, const QString& what)
{
    ++malformed;
    if (errors.size() < kMaxErrors) {
        errors.append(QStringLiteral("line %1: %2").arg(line).arg(what));
        errorLines.append(line);
    }
}

void ParseReport::keepRecent(int line, const QString& what, QByteArrayView text)
{
    if (recent.size() >= kMaxRecent)
        recent.removeFirst();
    recent.append(MalformedLine{line, what, MalformedLine::clip(text)});
}

void ParseReport::merge(const ParseReport& other)
{
    accepted += other.accepted;
    malformed += other.malformed;
    for (qsizetype i = 0; i < other.errors.size() && errors.size() < kMaxErrors; ++i) {
        errors.append(other.errors.at(i));
        errorLines.append(other.errorLines.value(i));
    }
    recent += other.recent;
    if (recent.size() > kMaxRecent)
        recent.remove(0, recent.size() - kMaxRecent);
}

} // namespace opsdeck
