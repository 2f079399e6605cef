#include "checks/CheckGate.h"

#include "checks/CheckStore.h"

#include <QCoreApplication>
#include <algorithm>
#include <tuple>

namespace opsdeck::CheckGate {
Status validate(const std::shared_ptr<Database>& db, const QStringList& names)
{
    if (names.isEmpty())
        return Error::usage(QCoreApplication::translate("CheckGate", "the gate names no check"));
    CheckStore store(db);
    for (const QString& name : names) {
        auto d = store.get(name);
        if (!d.ok())
            return d.error().code == Error::Code::NotFound
                       ? Error::notFound(
                             QCoreApplication::translate("CheckGate", "the gate's check '%1' does not exist")
                                 .arg(name))
                       : d.error();
    }
    return {};
}

QString reasonOf(const QList<CheckScheduler::Outcome>& given)
{
    QList<CheckScheduler::Outcome> outcomes = given;
    // By check and target, not in the order the probes happened to answer: the same
    // failures always read the same.
    std::sort(outcomes.begin(), outcomes.end(), [](const auto& a, const auto& b) {
        return std::tie(a.check.name, a.target) < std::tie(b.check.name, b.target);
    });
    QStringList failing;
    for (const CheckScheduler::Outcome& o : std::as_const(outcomes)) {
        if (o.result.status == CheckStatus::Ok)
            continue;
        const QString status = checkStatusName(o.result.status);
        failing << (o.target.isEmpty() ? QCoreApplication::translate("CheckGate", "%1 is %2: %3")
                                             .arg(o.check.name, status, o.result.message)
                                       : QCoreApplication::translate("CheckGate", "%1 on %2 is %3: %4")
                                             .arg(o.check.name, o.target, status, o.result.message));
    }
    if (failing.isEmpty())
        return {};
    return QCoreApplication::translate("CheckGate", "gate: %1").arg(failing.join(QStringLiteral("; ")));
}

Gate make(std::shared_ptr<Database> db, ProbeServices services, QStringList names, QObject* context)
{
    return [db = std::move(db), services = std::move(services), names = std::move(names),
            context](int, const QStringList& hosts, std::function<void(Status)> done) {
        // A check removed since the job started does not let the batch through unseen.
        if (Status s = validate(db, names); !s.ok()) {
            done(Error::refused(QCoreApplication::translate("CheckGate", "gate: %1").arg(s.error().message)));
            return;
        }
        auto* scheduler = new CheckScheduler(db, services, context);
        auto errors = std::make_shared<QStringList>();
        QObject::connect(scheduler, &CheckScheduler::failed, scheduler,
                         [errors](const Error& e) { *errors << e.message; });
        QObject::connect(
            scheduler, &CheckScheduler::roundFinished, scheduler,
            [scheduler, errors, done, names, hosts](const QList<CheckScheduler::Outcome>& outcomes) {
                scheduler->deleteLater();
                // Nothing ran (bound elsewhere, disabled): no silent pass.
                if (outcomes.isEmpty()) {
                    done(Error::refused(
                        QCoreApplication::translate(
                            "CheckGate", "gate: %1 ran on none of %2 (a check runs on the machines "
                                         "bound to its node or machine)")
                            .arg(names.join(QStringLiteral(", ")), hosts.join(QStringLiteral(", ")))));
                    return;
                }
                QString reason = reasonOf(outcomes);
                if (reason.isEmpty() && !errors->isEmpty())
                    reason = QCoreApplication::translate(
                                 "CheckGate", "gate: the checks' results could not be recorded: %1")
                                 .arg(errors->join(QStringLiteral("; ")));
                done(reason.isEmpty() ? Status{} : Status(Error::refused(reason)));
            });
        CheckScheduler::Filter filter;
        filter.checkNames = names;
        filter.machines = hosts;
        if (Status s = scheduler->runOnce(filter); !s.ok()) {
            scheduler->deleteLater();
            done(Error::refused(QCoreApplication::translate("CheckGate", "gate: %1").arg(s.error().message)));
        }
    };
}

} // namespace opsdeck::CheckGate
