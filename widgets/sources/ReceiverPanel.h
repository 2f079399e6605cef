#pragma once

#include <QGroupBox>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace opsdeck {

class Engine;

// The Graphite plaintext receiver's switch and gauges: where it listens (editable while
// off), whether it listens, stored / malformed / refused counts and the last malformed
// lines, read again every second while it runs. Off until the operator turns it on;
// the engine remembers the address and the switch across runs.
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

public slots:
    // Turns the receiver on (at the address and port in the panel) or off.
    void setReceiving(bool on);
    // Starts it if the operator left it on last time.
    void restore();
    void refresh();

signals:
    void failed(const QString& message);

private:
    void showStartError(const QString& message);
    void updateState();

    Engine& m_engine;
    QAction* m_toggle = nullptr;
    QLineEdit* m_address = nullptr;
    QSpinBox* m_port = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_counts = nullptr;
    QPlainTextEdit* m_errors = nullptr;
    QString m_startError;
    QTimer m_timer;
};

} // namespace opsdeck
