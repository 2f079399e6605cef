#include "sources/ReceiverPanel.h"

#include "engine/Engine.h"
#include "ingest/PlaintextReceiver.h"
#include "inventory/AsyncLoad.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace opsdeck {

namespace {

QString endpoint(const QHostAddress& address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
               : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace

ReceiverPanel::ReceiverPanel(Engine& engine, QWidget* parent)
    : QGroupBox(tr("Graphite plaintext receiver"), parent), m_engine(engine)
{
    setObjectName(QStringLiteral("receiverPanel"));
    m_toggle = new QAction(tr("&Receive Graphite plaintext"), this);
    m_toggle->setObjectName(QStringLiteral("actionReceiveGraphite"));
    m_toggle->setCheckable(true);
    m_toggle->setStatusTip(
        tr("Listen for Graphite plaintext (path value timestamp) on TCP and UDP and store what arrives"));
    connect(m_toggle, &QAction::toggled, this, &ReceiverPanel::setReceiving);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("receiverAddress"));
    m_address->setToolTip(tr("The IP address to listen on (127.0.0.1: this machine only; 0.0.0.0: every "
                             "interface)"));
    // Room for an IPv4 address without scrolling.
    m_address->setMinimumWidth(m_address->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255")) +
                               16);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("receiverPort"));
    m_port->setRange(1, 65535);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("receiverState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("receiverCounts"));
    m_errors = new QPlainTextEdit(this);
    m_errors->setObjectName(QStringLiteral("receiverErrors"));
    m_errors->setReadOnly(true);
    m_errors->setMaximumBlockCount(100);
    m_errors->setPlaceholderText(tr("Malformed lines appear here"));
    m_errors->setMinimumHeight(m_errors->fontMetrics().lineSpacing() * 2 + 10);

    m_counts->setWordWrap(true);
    auto* where = new QHBoxLayout;
    where->addWidget(m_address, 1);
    where->addWidget(new QLabel(tr("Port:"), this));
    where->addWidget(m_port);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Listen on:"), where);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Counts:"), m_counts);
    form->addRow(tr("Recent errors:"), m_errors);

    auto settings = engine.receiverSettings();
    if (settings.ok())
        m_remembered = *settings;
    m_address->setText(m_remembered.address.toString());
    m_port->setValue(m_remembered.port);
    if (!settings.ok())
        showStartError(settings.error().message);

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ReceiverPanel::refresh);
    updateState();
}

void ReceiverPanel::restore()
{
    if (const Status st = m_engine.restoreReceiver(); !st.ok()) {
        showStartError(tr("The receiver was on when Opsdeck last ran but cannot start again: %1")
                           .arg(st.error().message));
        return;
    }
    updateState();
}

void ReceiverPanel::setReceiving(bool on)
{
    if (on == m_engine.receiver().isListening()) {
        updateState();
        return;
    }
    m_startError.clear();
    if (!on) {
        m_engine.receiver().stop();
        m_remembered.enabled = false; // the address stays
        updateState();
        writeSettings();
        return;
    }
    QString text = m_address->text().trimmed();
    if (text == QLatin1String("localhost") || text.isEmpty())
        text = QStringLiteral("127.0.0.1");
    QHostAddress address;
    if (!address.setAddress(text)) {
        showStartError(tr("'%1' is not an IP address; enter e.g. 127.0.0.1 or 0.0.0.0.").arg(text));
        return;
    }
    const quint16 port = quint16(m_port->value());
    if (const Status st = m_engine.listenReceiver(address, port); !st.ok()) {
        showStartError(tr("Cannot receive on %1: %2. Another program (carbon-cache, another Opsdeck) may "
                          "hold the port; stop it or choose another port.")
                           .arg(endpoint(address, port), st.error().message));
        return;
    }
    m_remembered = Engine::ReceiverSettings{address, port, true};
    updateState();
    writeSettings();
}

void ReceiverPanel::writeSettings()
{
    if (m_writing) {
        m_writeAgain = true; // the newest m_remembered goes once this write is done
        return;
    }
    m_writing = true;
    auto db = m_engine.sharedDatabase();
    const Engine::ReceiverSettings settings = m_remembered;
    runAsync<bool>(
        this,
        [db, settings]() -> Result<bool> {
            if (const Status st = Engine::saveReceiverSettings(db, settings); !st.ok())
                return st.error();
            return true;
        },
        [this](Result<bool> result) {
            m_writing = false;
            if (!result.ok())
                showStartError(
                    (m_engine.receiver().isListening()
                         ? tr("The receiver is on, but that could not be saved for the next start: %1")
                         : tr("The receiver is off, but that could not be saved for the next start: %1"))
                        .arg(result.error().message));
            emit settingsWritten(result.ok(), result.ok() ? QString() : result.error().message);
            if (m_writeAgain) {
                m_writeAgain = false;
                writeSettings();
            }
        });
}

void ReceiverPanel::showStartError(const QString& message)
{
    m_startError = message;
    updateState();
    emit failed(message);
}

void ReceiverPanel::updateState()
{
    const bool listening = m_engine.receiver().isListening();
    {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(listening);
    }
    m_address->setEnabled(!listening);
    m_port->setEnabled(!listening);
    QPalette p = palette();
    if (!m_startError.isEmpty()) {
        m_state->setText(m_startError);
        p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    } else if (listening) {
        QHostAddress address;
        address.setAddress(m_address->text().trimmed());
        m_state->setText(tr("Listening on %1 (TCP and UDP)")
                             .arg(endpoint(address.isNull() ? QHostAddress(QHostAddress::LocalHost) : address,
                                           m_engine.receiver().tcpPort())));
        p.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
    } else {
        m_state->setText(tr("Off — turn on \"Receive Graphite plaintext\" to listen"));
    }
    m_state->setPalette(p);
    if (listening && !m_timer.isActive())
        m_timer.start();
    else if (!listening)
        m_timer.stop();
    refresh();
}

void ReceiverPanel::refresh()
{
    const PlaintextReceiver& receiver = m_engine.receiver();
    const ReceiverCounts counts = receiver.counts();
    m_counts->setText(tr("stored %1 · malformed %2 · refused %3")
                          .arg(counts.stored)
                          .arg(counts.malformed)
                          .arg(counts.refused));
    QStringList lines = receiver.recentErrors();
    if (const auto sinkError = receiver.lastSinkError())
        lines.prepend(tr("store refused a batch: %1").arg(sinkError->message));
    const QString text = lines.join(QLatin1Char('\n'));
    if (m_errors->toPlainText() != text)
        m_errors->setPlainText(text);
}

QString ReceiverPanel::stateText() const
{
    return m_state->text();
}

QString ReceiverPanel::countsText() const
{
    return m_counts->text();
}

QString ReceiverPanel::errorText() const
{
    return m_startError;
}

} // namespace opsdeck
