#include "jobs/JobLogExport.h"

#include "jobs/JobStore.h"
#include "jobs/OutputLines.h"

#include <QCoreApplication>
#include <QHash>
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
    QHash<QString, QList<OutputChunk>> byHost;
    for (const OutputChunk& c : std::as_const(*chunks))
        byHost[c.machine].append(c);
    QByteArray text;
    for (const JobHost& h : job->hosts) {
        if (!machine.isEmpty() && h.machine != machine)
            continue;
        text += QCoreApplication::translate("JobLogExport", "== %1: %2, exit %3%4 ==\n")
                    .arg(h.machine, hostStateName(h.state),
                         h.exitCode ? QString::number(*h.exitCode) : QStringLiteral("-"),
                         h.error.isEmpty() ? QString() : QStringLiteral(", ") + h.error)
                    .toUtf8();
        for (const QString& line : outputlines::fromChunks(byHost.value(h.machine)))
            text += line.toUtf8() + '\n';
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
