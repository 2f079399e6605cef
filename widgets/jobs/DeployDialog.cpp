#include "jobs/DeployDialog.h"

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
    m_deploy->setEnabled(false);
    m_error->setText(tr("Checking the service and the package…"));
    m_error->show();
    auto db = m_db;
    const QString service = servicePath();
    const QJsonObject o = options();
    runAsync<PreparedJob>(
        this, [db, service, o]() { return planJob(db, JobKind::Deploy, service, o); },
        [this](Result<PreparedJob> job) {
            m_deploy->setEnabled(true);
            if (!job.ok()) {
                m_error->setText(tr("Cannot deploy: %1").arg(job.error().message));
                emit checked(false);
                return;
            }
            m_error->clear();
            m_error->hide();
            emit checked(true);
            emit prepared(*job);
            accept();
        });
}

} // namespace opsdeck
