#pragma once

#include "jobs/HostKeyDialog.h"
#include "ssh/SshTypes.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace opsdeck {

namespace ssh {
class KnownHostsStore;
}

// What stands between the window and a connection it starts (a job, a terminal): the
// targets' host keys are checked off the GUI thread (HostKeyCheck); if one is unknown or
// changed, a HostKeyDialog asks (non-modal); accepted unknown keys are written to
// Opsdeck's known_hosts off the GUI thread, then `proceed` runs. Refused: nothing runs,
// the status bar says why.
class HostKeyGate : public QObject
{
    Q_OBJECT
public:
    HostKeyGate(ssh::KnownHostsStore& store, QWidget* window);

    enum class Reach
    {
        Optional, // a job: a host it cannot reach fails in the job, with its error
        Required, // a terminal: an unreachable host stops it here
    };
    // `what` names the action in the dialog and the messages ("job command w1").
    void check(const QList<ssh::SshTarget>& targets, const QString& what, std::function<void()> proceed,
               Reach reach = Reach::Optional);
    HostKeyDialog* dialog() const { return m_dialog; } // the one open now, if any

signals:
    void statusMessage(const QString& message);
    void dialogShown(opsdeck::HostKeyDialog* dialog);

private:
    ssh::KnownHostsStore& m_store;
    QWidget* m_window;
    QPointer<HostKeyDialog> m_dialog;
};

} // namespace opsdeck
