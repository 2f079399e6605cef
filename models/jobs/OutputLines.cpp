#include "jobs/OutputLines.h"

#include <QDateTime>
#include <algorithm>

namespace opsdeck::outputlines {

QString format(qint64 atMs, bool isStderr, const QByteArray& line)
{
    QByteArray text = line;
    if (text.endsWith('\r'))
        text.chop(1);
    const QString time = QDateTime::fromMSecsSinceEpoch(atMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    return isStderr ? QStringLiteral("%1 ! %2").arg(time, QString::fromUtf8(text))
                    : QStringLiteral("%1   %2").arg(time, QString::fromUtf8(text));
}

QStringList fromChunks(const QList<OutputChunk>& chunks, const QString& machine)
{
    QStringList lines;
    QByteArray partial[2];
    qint64 lastAt[2] = {0, 0};
    for (const OutputChunk& c : chunks) {
        if (!machine.isEmpty() && c.machine != machine)
            continue;
        const int s = c.stream == OutputStream::Stderr ? 1 : 0;
        partial[s] += c.data;
        lastAt[s] = c.atMs;
        qsizetype nl, from = 0;
        while ((nl = partial[s].indexOf('\n', from)) >= 0) {
            lines.append(format(c.atMs, s == 1, partial[s].mid(from, nl - from)));
            from = nl + 1;
        }
        partial[s].remove(0, from);
    }
    for (int s : {0, 1})
        if (!partial[s].isEmpty())
            lines.append(format(lastAt[s], s == 1, partial[s]));
    return lines;
}

QStringList join(const QStringList& stored, const QStringList& live, qsizetype max)
{
    const auto text = [](const QString& line) {
        return QStringView(line).mid(12);
    };
    const qsizetype most = std::min<qsizetype>({stored.size(), live.size(), 1000});
    qsizetype overlap = 0;
    for (qsizetype k = most; k > 0 && overlap == 0; --k) {
        bool same = true;
        for (qsizetype i = 0; i < k && same; ++i)
            same = text(stored.at(stored.size() - k + i)) == text(live.at(i));
        if (same)
            overlap = k;
    }
    QStringList out = stored + live.mid(overlap);
    if (out.size() > max)
        out.remove(0, out.size() - max);
    return out;
}

} // namespace opsdeck::outputlines
