#pragma once

#include "jobs/HostKeyCheck.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace opsdeck {

// What a host key check found before a job or a terminal starts: each unknown key with
// its host and SHA256 fingerprint, for the operator to accept (written to Opsdeck's
// known_hosts) or refuse (nothing starts); each changed or revoked key with the old and
// new fingerprints and the file and line holding the old one — always refused, so with
// one of those the dialog only says so and nothing starts. There is no "accept all" for
// changed keys. Accepted → QDialog::Accepted.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    HostKeyDialog(const QString& what, const QList<HostKeyCheck::Finding>& unknown,
                  const QList<HostKeyCheck::Finding>& refused, QWidget* parent = nullptr);

    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* refuseButton() const { return m_refuse; }
    QTreeWidget* hostList() const { return m_hosts; }

private:
    QTreeWidget* m_hosts = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_refuse = nullptr;
};

} // namespace opsdeck
