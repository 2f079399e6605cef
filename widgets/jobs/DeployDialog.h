#pragma once

#include "db/Database.h"
#include "deploy/JobPreparer.h"

#include <QDialog>
#include <QJsonObject>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace opsdeck {

// Jobs > Deploy…: a service path, a package file, a release name, the rollout (canary,
// batch, parallel, max-fail %) and rollback, as `opsdeck deploy` takes them. Deploy
// builds the job with core's JobPreparer off the GUI thread — every check (service,
// units, package, config template) before anything is sent; a refusal is shown here and
// what was typed is kept. A job that passes: prepared(), then the dialog closes.
// "Require checks to pass after each batch" (deploy --gate): the chosen checks (listed
// from CheckStore) must exist (CheckGate::validate, with the other checks) and the job
// goes out through preparedGated() with them and the retry interval, for the receiver to
// give the runner a CheckGate (the window: JobSession::Gate). Nobody connected to
// preparedGated(): the dialog refuses rather than deploy without the gate asked for.
class DeployDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeployDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);

    void setServicePath(const QString& path);
    void setPackageFile(const QString& path);
    QString servicePath() const;
    // The deploy job's options (JobPreparer::prepare's "deploy" keys).
    QJsonObject options() const;
    // The gate: the checks chosen (empty when the gate is off) and how long a paused gate
    // waits before it is asked again (deploy --gate-retry).
    QStringList gateChecks() const;
    void setGateChecks(const QStringList& names); // turns the gate on with these (off when empty)
    int gateRetrySecs() const;
    QStringList availableChecks() const; // as listed, by name
    QString errorText() const;

    // Checks and builds the job (as Deploy does).
    void submit();

    // Lists the checks again (done: checksLoaded()).
    void reloadChecks();

signals:
    void prepared(const opsdeck::PreparedJob& job);
    // A gated deploy: the job, the gate's checks and its retry interval in seconds.
    void preparedGated(const opsdeck::PreparedJob& job, const QStringList& gateChecks, int gateRetrySecs);
    void checksLoaded();
    void checked(bool ok); // after each submit

private:
    void browse();
    QWidget* buildGate();
    void updateGate();
    void finish(const PreparedJob& job, const QStringList& gate);

    std::shared_ptr<Database> m_db;
    QLineEdit* m_service = nullptr;
    QLineEdit* m_package = nullptr;
    QLineEdit* m_release = nullptr;
    QSpinBox* m_canary = nullptr;
    QSpinBox* m_batch = nullptr;
    QSpinBox* m_parallel = nullptr;
    QSpinBox* m_maxFail = nullptr;
    QCheckBox* m_rollback = nullptr;
    QCheckBox* m_gate = nullptr;
    QListWidget* m_gateChecks = nullptr;
    QSpinBox* m_gateRetry = nullptr;
    QStringList m_pendingGate; // chosen before the list arrived
    QLabel* m_error = nullptr;
    QPushButton* m_deploy = nullptr;
};

} // namespace opsdeck
