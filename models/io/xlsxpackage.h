#pragma once

#include "../storage/error.h"

#include <QList>
#include <QString>
#include <memory>

struct zip;

namespace hubdesk {

class XlsxPart;

// An .xlsx file opened as a package: what its workbook part lists (the worksheets and
// the parts that hold them, the date system) and where the shared strings and styles
// are. Opening tells the user plainly what a file is when it is not a workbook: an old
// .xls, a password-protected workbook, a CSV or HTML file named .xlsx, a damaged zip.
class XlsxPackage
{
public:
    struct Sheet
    {
        QString name;
        QString part; // e.g. "xl/worksheets/sheet1.xml"
    };

    // Null with \a error set when the file is not a readable workbook.
    static std::unique_ptr<XlsxPackage> open(const QString &path, Error *error);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    QString fileName() const { return m_fileName; }
    const QList<Sheet> &sheets() const { return m_sheets; }
    // Serial dates count from 1904-01-01 instead of 1899-12-31 (old Mac workbooks).
    bool uses1904Dates() const { return m_date1904; }
    QString sharedStringsPart() const { return m_sharedStringsPart; } // empty: none
    QString stylesPart() const { return m_stylesPart; } // empty: none

    std::unique_ptr<XlsxPart> part(const QString &name) const;

private:
    XlsxPackage(zip *archive, const QString &fileName);
    Error readWorkbook();
    bool hasPart(const QString &name) const;

    zip *m_zip = nullptr;
    QString m_fileName;
    QString m_workbookPart;
    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    QString m_sharedStringsPart;
    QString m_stylesPart;
};

} // namespace hubdesk
