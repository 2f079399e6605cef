#include "jobs/DeployDialog.h"

#include "checks/CheckGate.h"
#include "checks/CheckStore.h"
#include "inventory/AsyncLoad.h"
#include "jobs/CommandJob.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaMethod>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace opsdeck {

DeployDialog::DeployDialog(std::shared_ptr<Database> db, QWidget* parent)
    : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("deployDialog"));
    setWindowTitle(tr("Deploy"));
    auto spin = [this](const QString& name, int min, int max, int value, const QString& tip) {
        auto* s = new QSpinBox(this);
        s->setObjectName(name);
        s->setRange(min, max);
        s->setValue(value);
        s->setToolTip(tip);
        return s;
    };
    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("deployService"));
    m_service->setPlaceholderText(tr("shop/web"));
    m_package = new QLineEdit(this);
    m_package->setObjectName(QStringLiteral("deployPackage"));
    m_package->setPlaceholderText(tr("A .tar.gz with hooks/install, hooks/start, …"));
    auto* browseButton = new QToolButton(this);
    browseButton->setText(tr("&Browse…"));
    connect(browseButton, &QToolButton::clicked, this, &DeployDialog::browse);
    auto* packageRow = new QHBoxLayout;
    packageRow->addWidget(m_package, 1);
    packageRow->addWidget(browseButton);
    m_release = new QLineEdit(this);
    m_release->setObjectName(QStringLiteral("deployRelease"));
    m_release->setPlaceholderText(tr("empty: the UTC time"));
    m_canary = spin(QStringLiteral("deployCanary"), 0, 100000, 0, tr("The first N units go alone first"));
    m_batch = spin(QStringLiteral("deployBatch"), 0, 100000, 0, tr("Then batches of N units (0: one batch)"));
    m_parallel = spin(QStringLiteral("deployParallel"), 1, 1000, 10, tr("At most N hosts at once"));
    m_maxFail = spin(QStringLiteral("deployMaxFail"), 0, 100, 100,
                     tr("Stop starting hosts when failures pass this share of all hosts"));
    m_maxFail->setSuffix(tr(" %"));
    m_rollback = new QCheckBox(tr("Roll a failed unit back to its previous release"), this);
    m_rollback->setObjectName(QStringLiteral("deployRollback"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("deployError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Package:"), packageRow);
    form->addRow(tr("R&elease:"), m_release);
    form->addRow(tr("&Canary units:"), m_canary);
    form->addRow(tr("B&atch size:"), m_batch);
    form->addRow(tr("Para&llel hosts:"), m_parallel);
    form->addRow(tr("&Max failures:"), m_maxFail);
    form->addRow(QString(), m_rollback);
    form->addRow(QString(), buildGate());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deploy = buttons->addButton(tr("&Deploy"), QDialogButtonBox::AcceptRole);
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_deploy->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeployDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    reloadChecks();
}

QWidget* DeployDialog::buildGate()
{
    auto* box = new QWidget(this);
    m_gate = new QCheckBox(tr("Require checks to &pass after each batch"), box);
    m_gate->setObjectName(QStringLiteral("deployGate"));
    m_gate->setToolTip(tr("After each batch but the last, the chosen checks run on its units; the "
                          "deploy pauses (it does not fail) until they pass"));
    m_gateChecks = new QListWidget(box);
    m_gateChecks->setObjectName(QStringLiteral("deployGateChecks"));
    m_gateChecks->setMaximumHeight(120);
    m_gateRetry = new QSpinBox(box);
    m_gateRetry->setObjectName(QStringLiteral("deployGateRetry"));
    m_gateRetry->setRange(1, 86400);
    m_gateRetry->setValue(30);
    m_gateRetry->setSuffix(tr(" s"));
    m_gateRetry->setToolTip(tr("A paused gate asks its checks again after this long"));
    auto* retryRow = new QHBoxLayout;
    retryRow->addWidget(new QLabel(tr("Ask a paused gate again after:"), box));
    retryRow->addWidget(m_gateRetry);
    retryRow->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_gate);
    layout->addWidget(m_gateChecks);
    layout->addLayout(retryRow);
    connect(m_gate, &QCheckBox::toggled, this, &DeployDialog::updateGate);
    updateGate();
    return box;
}

void DeployDialog::updateGate()
{
    m_gateChecks->setEnabled(m_gate->isChecked());
    m_gateRetry->setEnabled(m_gate->isChecked());
}

void DeployDialog::reloadChecks()
{
    runAsync<QList<CheckDefinition>>(
        this, [db = m_db]() { return CheckStore(db).list(); },
        [this](Result<QList<CheckDefinition>> checks) {
            const QStringList chosen = m_pendingGate.isEmpty() ? gateChecks() : m_pendingGate;
            m_pendingGate.clear();
            m_gateChecks->clear();
            if (!checks.ok()) {
                m_error->setText(tr("Cannot list the checks: %1").arg(checks.error().message));
                m_error->show();
            } else {
                for (const CheckDefinition& d : std::as_const(*checks)) {
                    auto* item = new QListWidgetItem(
                        d.enabled ? d.name : tr("%1 (disabled: runs nothing)").arg(d.name), m_gateChecks);
                    item->setData(Qt::UserRole, d.name);
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                    item->setCheckState(chosen.contains(d.name) ? Qt::Checked : Qt::Unchecked);
                }
                if (checks->isEmpty())
                    m_gate->setToolTip(tr("No checks yet: add one with opsdeck check add"));
            }
            emit checksLoaded();
        });
}

QStringList DeployDialog::availableChecks() const
{
    QStringList out;
    for (int i = 0; i < m_gateChecks->count(); ++i)
        out << m_gateChecks->item(i)->data(Qt::UserRole).toString();
    return out;
}

QStringList DeployDialog::gateChecks() const
{
    QStringList out;
    if (!m_gate->isChecked())
        return out;
    for (int i = 0; i < m_gateChecks->count(); ++i)
        if (m_gateChecks->item(i)->checkState() == Qt::Checked)
            out << m_gateChecks->item(i)->data(Qt::UserRole).toString();
    return out;
}

void DeployDialog::setGateChecks(const QStringList& names)
{
    m_gate->setChecked(!names.isEmpty());
    for (int i = 0; i < m_gateChecks->count(); ++i) {
        QListWidgetItem* item = m_gateChecks->item(i);
        item->setCheckState(names.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
    if (m_gateChecks->count() == 0)
        m_pendingGate = names; // the list is still loading
}

int DeployDialog::gateRetrySecs() const
{
    return m_gateRetry->value();
}

void DeployDialog::setServicePath(const QString& path)
{
    m_service->setText(path);
}

void DeployDialog::setPackageFile(const QString& path)
{
    m_package->setText(path);
}

QString DeployDialog::servicePath() const
{
    return m_service->text().trimmed();
}

QString DeployDialog::errorText() const
{
    return m_error->text();
}

QJsonObject DeployDialog::options() const
{
    // The job keeps the package's absolute path: Run Again and templates run it later.
    const QString package = m_package->text().trimmed();
    QJsonObject o{
        {QStringLiteral("package"), package.isEmpty() ? package : QFileInfo(package).absoluteFilePath()},
        {QStringLiteral("canary"), m_canary->value()},
        {QStringLiteral("batch"), m_batch->value()},
        {QStringLiteral("parallel"), m_parallel->value()},
        {QStringLiteral("max_fail"), m_maxFail->value()},
        {QStringLiteral("rollback"), m_rollback->isChecked()}};
    if (!m_release->text().trimmed().isEmpty())
        o.insert(QStringLiteral("release"), m_release->text().trimmed());
    return o;
}

void DeployDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Program Package"), m_package->text(),
                                                      tr("Packages (*.tar.gz *.tgz);;All files (*)"));
    if (!file.isEmpty())
        m_package->setText(file);
}

void DeployDialog::submit()
{
    if (servicePath().isEmpty()) {
        m_error->setText(tr("Name the service to deploy (its path in the tree, like shop/web)."));
        m_error->show();
        emit checked(false);
        return;
    }
    const QStringList gate = gateChecks();
    if (m_gate->isChecked() && gate.isEmpty()) {
        m_error->setText(tr("Choose the checks the gate runs, or turn the gate off."));
        m_error->show();
        emit checked(false);
        return;
    }
    m_deploy->setEnabled(false);
    m_error->setText(tr("Checking the service and the package…"));
    m_error->show();
    auto db = m_db;
    const QString service = servicePath();
    const QJsonObject o = options();
    runAsync<PreparedJob>(
        this,
        [db, service, o, gate]() -> Result<PreparedJob> {
            if (!gate.isEmpty()) // a check removed meanwhile
                if (Status s = CheckGate::validate(db, gate); !s.ok())
                    return s.error();
            return planJob(db, JobKind::Deploy, service, o);
        },
        [this, gate](Result<PreparedJob> job) {
            m_deploy->setEnabled(true);
            if (!job.ok()) {
                m_error->setText(tr("Cannot deploy: %1").arg(job.error().message));
                emit checked(false);
                return;
            }
            finish(*job, gate);
        });
}

void DeployDialog::finish(const PreparedJob& job, const QStringList& gate)
{
    if (!gate.isEmpty() && !isSignalConnected(QMetaMethod::fromSignal(&DeployDialog::preparedGated))) {
        // Never deploy without the gate that was asked for.
        m_error->setText(tr("Cannot deploy: this window cannot run a deploy gate yet; use opsdeck deploy %1 "
                            "--package FILE --gate %2")
                             .arg(servicePath(), gate.join(QLatin1Char(','))));
        emit checked(false);
        return;
    }
    m_error->clear();
    m_error->hide();
    emit checked(true);
    if (gate.isEmpty())
        emit prepared(job);
    else
        emit preparedGated(job, gate, gateRetrySecs());
    accept();
}

} // namespace opsdeck
