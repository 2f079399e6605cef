#pragma once

#include "db/Database.h"
#include "deploy/JobPreparer.h"

#include <QDialog>
#include <QJsonObject>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace opsdeck {

// Jobs > Deploy…: a service path, a package file, a release name, the rollout (canary,
// batch, parallel, max-fail %) and rollback, as `opsdeck deploy` takes them. Deploy
// builds the job with core's JobPreparer off the GUI thread — every check (service,
// units, package, config template) before anything is sent; a refusal is shown here and
// what was typed is kept. A job that passes: prepared(), then the dialog closes.
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
    QString errorText() const;

    // Checks and builds the job (as Deploy does).
    void submit();

signals:
    void prepared(const opsdeck::PreparedJob& job);
    void checked(bool ok); // after each submit

private:
    void browse();

    std::shared_ptr<Database> m_db;
    QLineEdit* m_service = nullptr;
    QLineEdit* m_package = nullptr;
    QLineEdit* m_release = nullptr;
    QSpinBox* m_canary = nullptr;
    QSpinBox* m_batch = nullptr;
    QSpinBox* m_parallel = nullptr;
    QSpinBox* m_maxFail = nullptr;
    QCheckBox* m_rollback = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_deploy = nullptr;
};

} // namespace opsdeck
