#pragma once

#include "engine/Engine.h"

#include <QGroupBox>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace opsdeck {

// The Graphite plaintext receiver's switch and gauges: where it listens (editable while
// off), whether it listens, stored / malformed / refused counts and the last malformed
// lines, read again every second while it runs. Off until the operator turns it on;
// the engine remembers the address and the switch across runs. The switch binds or
// closes the sockets at once; the settings are written off the GUI thread (one write at
// a time, in order), and how that went comes back through settingsWritten().
class ReceiverPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReceiverPanel(Engine& engine, QWidget* parent = nullptr);

    // Checkable "Receive Graphite plaintext" (for the menu and the toolbar).
    QAction* toggleAction() const { return m_toggle; }
    QString stateText() const;
    QString countsText() const;
    QString errorText() const; // the last start error (empty when none)
    QLineEdit* addressEdit() const { return m_address; }
    QSpinBox* portBox() const { return m_port; }
    bool isWritingSettings() const { return m_writing; }

public slots:
    // Turns the receiver on (at the address and port in the panel) or off.
    void setReceiving(bool on);
    // Starts it if the operator left it on last time.
    void restore();
    void refresh();

signals:
    // Something the operator should see went wrong (a start, or a settings write).
    void failed(const QString& message);
    // A settings write ended; `error` is empty when it went through.
    void settingsWritten(bool ok, const QString& error);

private:
    void showStartError(const QString& message);
    void updateState();
    // Writes m_remembered off the GUI thread (after the write in flight, if any).
    void writeSettings();

    Engine& m_engine;
    QAction* m_toggle = nullptr;
    QLineEdit* m_address = nullptr;
    QSpinBox* m_port = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_counts = nullptr;
    QPlainTextEdit* m_errors = nullptr;
    QString m_startError;
    QTimer m_timer;
    Engine::ReceiverSettings m_remembered; // what the settings should say
    bool m_writing = false;
    bool m_writeAgain = false;
};

} // namespace opsdeck
