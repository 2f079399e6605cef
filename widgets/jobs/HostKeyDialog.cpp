#include "jobs/HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace opsdeck {
namespace {

QString hostName(const ssh::SshTarget& t)
{
    const QString address = t.port == 22 ? t.host : QStringLiteral("[%1]:%2").arg(t.host).arg(t.port);
    return t.label.isEmpty() || t.label == t.host ? address : QStringLiteral("%1 (%2)").arg(t.label, address);
}

} // namespace

HostKeyDialog::HostKeyDialog(const QString& what, const QList<HostKeyCheck::Finding>& unknown,
                             const QList<HostKeyCheck::Finding>& refused, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Host Keys"));
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (refused.isEmpty())
        intro->setText(tr("Before %1: the host key of %n host(s) is unknown. Compare each SHA256 fingerprint "
                          "with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_*.pub on it). Accept writes "
                          "the keys to Opsdeck's known_hosts and goes on; Refuse starts nothing.",
                          nullptr, int(unknown.size()))
                           .arg(what));
    else
        intro->setText(
            tr("%1 does not start: the host key of %n host(s) has CHANGED or is revoked. Someone may "
               "be intercepting the connection, or the host was reinstalled: once you know which, "
               "remove the old line named below.",
               nullptr, int(refused.size()))
                .arg(what));

    m_hosts = new QTreeWidget(this);
    m_hosts->setObjectName(QStringLiteral("hostKeyList"));
    m_hosts->setRootIsDecorated(false);
    m_hosts->setHeaderLabels({tr("Host"), tr("Key"), tr("SHA256 fingerprint"), tr("Verdict")});
    for (const HostKeyCheck::Finding& f : refused) {
        const bool revoked = f.error.kind == ssh::SshFailure::HostKeyRevoked;
        auto* item = new QTreeWidgetItem(m_hosts);
        item->setText(0, hostName(f.target));
        item->setText(1, f.error.hostKey.type);
        item->setText(
            2, revoked ? f.error.hostKey.fingerprint()
                       : tr("now %1, was %2").arg(f.error.hostKey.fingerprint(), f.error.oldFingerprint));
        item->setText(
            3,
            revoked
                ? tr("revoked in %1:%2 — refused").arg(f.error.knownFile).arg(f.error.knownLine)
                : tr("CHANGED (old key in %1:%2) — refused").arg(f.error.knownFile).arg(f.error.knownLine));
        item->setToolTip(3, f.error.error.message);
    }
    for (const HostKeyCheck::Finding& f : unknown) {
        auto* item = new QTreeWidgetItem(m_hosts);
        item->setText(0, hostName(f.target));
        item->setText(1, f.error.hostKey.type);
        item->setText(2, f.error.hostKey.fingerprint());
        item->setText(3, tr("unknown"));
    }
    m_hosts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(tr("&Accept and Continue"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptHostKeys"));
    m_refuse =
        buttons->addButton(refused.isEmpty() ? tr("&Refuse") : tr("&Close"), QDialogButtonBox::RejectRole);
    m_refuse->setObjectName(QStringLiteral("refuseHostKeys"));
    // A changed key is never accepted here: with one, nothing starts.
    m_accept->setVisible(refused.isEmpty());
    m_refuse->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_hosts, 1);
    layout->addWidget(buttons);
    resize(760, 320);
}

} // namespace opsdeck
