#include "jobs/JobLogExport.h"

#include "jobs/JobProgressModel.h"
#include "jobs/JobStore.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace opsdeck {

Result<qint64> exportJobLog(const std::shared_ptr<Database>& db, qint64 jobId, const QString& machine,
                            const QString& path)
{
    JobStore store(db);
    auto job = store.get(jobId);
    if (!job.ok())
        return job.error();
    auto chunks = store.output(jobId, machine);
    if (!chunks.ok())
        return chunks.error();
    QByteArray text;
    for (const JobHost& h : job->hosts) {
        if (!machine.isEmpty() && h.machine != machine)
            continue;
        text += QCoreApplication::translate("JobLogExport", "== %1: %2, exit %3%4 ==\n")
                    .arg(h.machine, hostStateName(h.state),
                         h.exitCode ? QString::number(*h.exitCode) : QStringLiteral("-"),
                         h.error.isEmpty() ? QString() : QStringLiteral(", ") + h.error)
                    .toUtf8();
        QByteArray partial[2];
        for (const OutputChunk& c : *chunks) {
            if (c.machine != h.machine)
                continue;
            const int s = c.stream == OutputStream::Stderr ? 1 : 0;
            partial[s] += c.data;
            qsizetype nl, from = 0;
            while ((nl = partial[s].indexOf('\n', from)) >= 0) {
                text +=
                    JobProgressModel::formatLine(c.atMs, s == 1, partial[s].mid(from, nl - from)).toUtf8() +
                    '\n';
                from = nl + 1;
            }
            partial[s].remove(0, from);
        }
        for (int s : {0, 1})
            if (!partial[s].isEmpty())
                text += JobProgressModel::formatLine(0, s == 1, partial[s]).toUtf8() + '\n';
        if (h.outputCut > 0)
            text +=
                QCoreApplication::translate("JobLogExport", "(%1 bytes past the output cap were not kept)\n")
                    .arg(h.outputCut)
                    .toUtf8();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return Error::failure(
            QCoreApplication::translate("JobLogExport", "Cannot write %1: %2").arg(path, file.errorString()));
    return qint64(text.size());
}

} // namespace opsdeck
