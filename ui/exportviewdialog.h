#pragma once

#include "../models/domain/entitytype.h"
#include "../models/io/tableexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace hubdesk {

// File → Export view…: how to write the list a page shows — CSV (UTF-8, a delimiter, a
// byte order mark or not) or an XLSX workbook — and what will be written: its rows and
// its visible columns in their order. The choices are kept for next time.
class ExportViewDialog : public QDialog
{
    Q_OBJECT
public:
    // \a columns: the visible columns of the page (field keys or "label"), in their order.
    ExportViewDialog(EntityType type, const QString &title, qint64 rows, const QStringList &columns,
                     QWidget *parent = nullptr);

    // The format, delimiter and byte order mark chosen (the rows and columns are the caller's).
    TableExporter::Options options() const;
    // "csv" or "xlsx": the file name's suffix for the format chosen.
    QString suffix() const;

    QRadioButton *csvButton() const { return m_csv; }
    QRadioButton *xlsxButton() const { return m_xlsx; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QCheckBox *bomBox() const { return m_bom; }
    QLabel *summaryLabel() const { return m_summary; }

    void accept() override;

private:
    void update();

    qint64 m_rows = 0;
    QRadioButton *m_csv = nullptr;
    QRadioButton *m_xlsx = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_bom = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace hubdesk
