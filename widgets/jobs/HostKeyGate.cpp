#include "jobs/HostKeyGate.h"

#include "inventory/AsyncLoad.h"
#include "jobs/HostKeyCheck.h"
#include "jobs/HostKeyDialog.h"
#include "ssh/KnownHostsStore.h"

#include <QWidget>

namespace opsdeck {

HostKeyGate::HostKeyGate(ssh::KnownHostsStore& store, QWidget* window)
    : QObject(window), m_store(store), m_window(window)
{}

void HostKeyGate::check(const QList<ssh::SshTarget>& targets, const QString& what,
                        std::function<void()> proceed, Reach reach)
{
    auto* check = new HostKeyCheck(m_store, this);
    emit statusMessage(tr("Checking the host keys of %n host(s)…", nullptr, int(targets.size())));
    connect(check, &HostKeyCheck::finished, this, [this, check, what, proceed, reach]() {
        check->deleteLater();
        if (reach == Reach::Required && !check->unreachable().isEmpty()) {
            emit statusMessage(
                tr("Not started (%1): %2").arg(what, check->unreachable().first().error.error.message));
            return;
        }
        const QList<HostKeyCheck::Finding> unknown = check->unknown();
        const QList<HostKeyCheck::Finding> refused = check->refused();
        if (unknown.isEmpty() && refused.isEmpty()) {
            emit statusMessage(QString());
            proceed();
            return;
        }
        auto* dialog = new HostKeyDialog(what, unknown, refused, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog = dialog;
        connect(dialog, &QDialog::finished, this, [this, unknown, refused, what, proceed](int result) {
            if (result != QDialog::Accepted || !refused.isEmpty()) {
                emit statusMessage(
                    refused.isEmpty()
                        ? tr("Not started (%1): host keys refused").arg(what)
                        : tr("Not started (%1): %2").arg(what, refused.first().error.error.message));
                return;
            }
            ssh::KnownHostsStore* store = &m_store;
            runAsync<bool>(
                this,
                [store, unknown]() -> Result<bool> {
                    if (Status s = HostKeyCheck::accept(*store, unknown); !s.ok())
                        return s.error();
                    return true;
                },
                [this, what, proceed](Result<bool> written) {
                    if (!written.ok()) {
                        emit statusMessage(tr("Not started (%1): cannot write Opsdeck's known_hosts: %2")
                                               .arg(what, written.error().message));
                        return;
                    }
                    proceed();
                });
        });
        dialog->open();
        emit dialogShown(dialog);
    });
    check->check(targets);
}

} // namespace opsdeck
