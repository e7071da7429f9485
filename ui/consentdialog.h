#pragma once

#include "../models/domain/record.h"

#include <QDialog>

class QLabel;

namespace hubdesk {

class Database;
class RecordForm;

// Records a consent a person gave: for what, on which day (today unless said), how, and
// notes; the rules' messages show as one types, and it is saved through the repository.
class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    ConsentDialog(Database &db, qint64 personId, QWidget *parent = nullptr);

    RecordForm *form() const { return m_form; }
    // The stored consent after accept().
    const Record &saved() const { return m_saved; }
    void accept() override;

private:
    Database &m_db;
    RecordForm *m_form = nullptr;
    QLabel *m_problem = nullptr;
    Record m_saved;
};

} // namespace hubdesk
