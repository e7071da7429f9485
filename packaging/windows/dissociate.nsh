; Included by the uninstaller section (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS): takes back
; what associate.nsh wrote, but leaves .hubdesk alone if another program has claimed it since.
ReadRegStr $0 SHCTX "Software\Classes\.hubdesk" ""
StrCmp $0 "HubDesk.Database" 0 +2
DeleteRegKey SHCTX "Software\Classes\.hubdesk"
DeleteRegKey SHCTX "Software\Classes\HubDesk.Database"
DeleteRegKey SHCTX "Software\Classes\Applications\hubdesk.exe"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
