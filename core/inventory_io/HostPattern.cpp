#include "inventory_io/HostPattern.h"

#include "inventory_io/InventoryText.h"

#include <QCoreApplication>

namespace opsdeck {

namespace {


// The values of one `[start:end(:stride)]` range.
Result<QStringList> expandRange(const QString& body)
{
    const QStringList parts = body.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return Error::refused(QCoreApplication::translate(
                                  "InventoryIo", "host range [%1] must be [start:end] or [start:end:stride]")
                                  .arg(body));
    QString begin = parts[0].trimmed();
    const QString end = parts[1].trimmed();
    int stride = 1;
    if (parts.size() == 3) {
        bool ok = false;
        stride = parts[2].trimmed().toInt(&ok);
        if (!ok || stride < 1)
            return Error::refused(
                QCoreApplication::translate("InventoryIo",
                                            "host range [%1] has a stride that is not a positive number")
                    .arg(body));
    }
    if (begin.isEmpty())
        begin = QStringLiteral("0");
    if (end.isEmpty())
        return Error::refused(
            QCoreApplication::translate("InventoryIo", "host range [%1] has no end").arg(body));

    QStringList out;
    bool beginNum = false;
    bool endNum = false;
    const qlonglong b = begin.toLongLong(&beginNum);
    const qlonglong e = end.toLongLong(&endNum);
    if (beginNum && endNum && !begin.startsWith(u'-') && !end.startsWith(u'-') && !begin.startsWith(u'+') &&
        !end.startsWith(u'+')) {
        if (b > e)
            return Error::refused(
                QCoreApplication::translate("InventoryIo", "host range [%1] starts after it ends").arg(body));
        if ((e - b) / stride + 1 > HostPattern::maxNames)
            return Error::refused(
                QCoreApplication::translate("InventoryIo", "host range [%1] gives more than %2 names")
                    .arg(body)
                    .arg(HostPattern::maxNames));
        const int width = (begin.size() > 1 && begin.startsWith(u'0')) ? int(begin.size()) : 0;
        for (qlonglong i = b; i <= e; i += stride)
            out.append(QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0')));
        return out;
    }
    const auto isLetter = [](const QString& s) {
        return s.size() == 1 && s[0].unicode() < 128 && s[0].isLetter();
    };
    if (isLetter(begin) && isLetter(end) && begin[0].isLower() == end[0].isLower()) {
        const char16_t b16 = begin[0].unicode();
        const char16_t e16 = end[0].unicode();
        if (b16 > e16)
            return Error::refused(
                QCoreApplication::translate("InventoryIo", "host range [%1] starts after it ends").arg(body));
        for (int c = b16; c <= e16; c += stride)
            out.append(QString(QChar(char16_t(c))));
        return out;
    }
    return Error::refused(
        QCoreApplication::translate(
            "InventoryIo", "host range [%1] must run between two numbers or two letters of the same case")
            .arg(body));
}

} // namespace

Result<HostPattern> HostPattern::parse(const QString& patternText)
{
    HostPattern result;
    QString pattern = patternText.trimmed();
    if (pattern.isEmpty())
        return Error::refused(QCoreApplication::translate("InventoryIo", "empty host name"));

    // `name:port` — only when the colon is outside every range and the only one outside them.
    int depth = 0;
    QList<qsizetype> outerColons;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'[')
            ++depth;
        else if (pattern[i] == u']')
            --depth;
        else if (pattern[i] == u':' && depth == 0)
            outerColons.append(i);
    }
    if (outerColons.size() == 1) {
        const qsizetype colon = outerColons.first();
        const QString portText = pattern.mid(colon + 1);
        const auto port = inventory_text::parsePort(portText);
        if (!port)
            return Error::refused(
                QCoreApplication::translate("InventoryIo", "'%1' in host '%2' is not a port (1-65535)")
                    .arg(portText, pattern));
        result.port = *port;
        pattern.truncate(colon);
        if (pattern.isEmpty())
            return Error::refused(QCoreApplication::translate("InventoryIo", "empty host name"));
    }

    // Expand ranges left to right.
    QStringList names{QString()};
    qsizetype i = 0;
    while (i < pattern.size()) {
        const qsizetype open = pattern.indexOf(u'[', i);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(u']', open);
        const qsizetype stray = pattern.indexOf(u']', i);
        if (stray >= 0 && (open < 0 || stray < open))
            return Error::refused(
                QCoreApplication::translate("InventoryIo", "host '%1' has a ']' without '['").arg(pattern));
        if (open < 0) {
            for (QString& n : names)
                n += pattern.mid(i);
            break;
        }
        if (close < 0)
            return Error::refused(
                QCoreApplication::translate("InventoryIo", "host '%1' has a '[' without ']'").arg(pattern));
        const QString literal = pattern.mid(i, open - i);
        auto values = expandRange(pattern.mid(open + 1, close - open - 1));
        if (!values)
            return values.error();
        if (qsizetype(names.size()) * values->size() > maxNames)
            return Error::refused(
                QCoreApplication::translate("InventoryIo", "host pattern '%1' gives more than %2 names")
                    .arg(pattern)
                    .arg(maxNames));
        QStringList next;
        next.reserve(names.size() * values->size());
        for (const QString& n : names) {
            for (const QString& v : *values)
                next.append(n + literal + v);
        }
        names = std::move(next);
        i = close + 1;
    }
    result.names = std::move(names);
    return result;
}

} // namespace opsdeck
