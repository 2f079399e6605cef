#include "inventory_io/InventoryText.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <algorithm>

Q_LOGGING_CATEGORY(lcInventoryIo, "opsdeck.inventory_io")

namespace opsdeck::inventory_text {

Result<QStringList> splitLines(QByteArrayView text, const QString& fileName)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    QStringList lines;
    int lineNo = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        const bool last = end < 0;
        if (last)
            end = text.size();
        QByteArrayView raw = text.sliced(start, end - start);
        if (raw.endsWith('\r'))
            raw.chop(1);
        ++lineNo;
        // ConvertInitialBom: a byte-order mark opening a line is text (the file's own was taken off
        // above); dropping it made a key read back differently from what was written.
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        QString line = decoder.decode(raw);
        if (decoder.hasError())
            return locatedError(fileName, lineNo,
                                QCoreApplication::translate("InventoryIo", "not valid UTF-8 text"));
        if (!(last && raw.isEmpty() && lineNo > 1))
            lines.append(std::move(line));
        if (last)
            break;
        start = end + 1;
    }
    return lines;
}

Error locatedError(const QString& fileName, int line, const QString& message)
{
    if (line <= 0)
        return Error::refused(QStringLiteral("%1: %2").arg(fileName, message));
    return Error::refused(QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message));
}

std::optional<int> parsePort(const QString& text)
{
    bool ok = false;
    const int port = text.trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

std::optional<int> parsePort(const QVariant& value)
{
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
        const qlonglong n = value.toLongLong();
        if (n < 1 || n > 65535)
            return std::nullopt;
        return static_cast<int>(n);
    }
    if (value.typeId() == QMetaType::QString)
        return parsePort(value.toString());
    return std::nullopt;
}

std::optional<bool> parseBool(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString s = value.toString().trimmed().toLower();
    if (s == u"true" || s == u"yes" || s == u"on" || s == u"1")
        return true;
    if (s == u"false" || s == u"no" || s == u"off" || s == u"0")
        return false;
    return std::nullopt;
}

Result<QString> machineName(const QString& raw)
{
    const auto outer = [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Format;
    };
    qsizetype begin = 0;
    qsizetype end = raw.size();
    while (begin < end && outer(raw[begin]))
        ++begin;
    while (end > begin && outer(raw[end - 1]))
        --end;
    const QString name = raw.sliced(begin, end - begin);
    if (name.isEmpty())
        return Error::refused(QCoreApplication::translate("InventoryIo", "a machine needs a name"));
    const bool bad = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control || c == u'/';
    });
    if (bad)
        return Error::refused(
            QCoreApplication::translate("InventoryIo",
                                        "machine name '%1' contains a space, a control character or '/'")
                .arg(name));
    return name;
}

QString nodePath(const QString& raw)
{
    const auto outer = [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Format;
    };
    QStringList parts;
    for (const QString& segment : raw.split(u'/')) {
        qsizetype begin = 0, end = segment.size();
        while (begin < end && outer(segment[begin]))
            ++begin;
        while (end > begin && outer(segment[end - 1]))
            --end;
        parts << segment.sliced(begin, end - begin);
    }
    return parts.join(u'/');
}

QString nodePathProblem(const QString& path)
{
    if (path.isEmpty())
        return QCoreApplication::translate("InventoryIo", "a node path must not be empty");
    for (const QString& segment : path.split(u'/')) {
        if (segment.isEmpty())
            return QCoreApplication::translate("InventoryIo", "node path '%1' has an empty part").arg(path);
        if (segment.trimmed() != segment || segment.front().category() == QChar::Other_Format ||
            segment.back().category() == QChar::Other_Format)
            return QCoreApplication::translate("InventoryIo",
                                               "node path '%1' has a part that starts or ends with a space")
                .arg(path);
    }
    return {};
}

} // namespace opsdeck::inventory_text
