; Inno Setup 6 script for Yimen on Windows 10/11 (x64).
;
; Input: the PyInstaller folder built on Windows from installers/windows/yimen.spec
;   pyinstaller --noconfirm --clean installers/windows/yimen.spec      (→ dist\yimen\)
;   iscc /DAppVersion=0.5.0 installers\windows\yimen.iss               (→ dist\yimen-setup-0.5.0.exe)
; Not run on this project's CI (Linux): written and reviewed; docs/install.md says what a
; technician checks on the first Windows machine.
;
; What it does, mirroring the Debian package's maintainer scripts:
;  - the program in {autopf}\Yimen (read-only for users), yimen.exe on the PATH;
;  - data in %ProgramData%\Yimen, the configuration %ProgramData%\Yimen\yimen.toml written
;    only when absent and never removed (a conffile); uninstall keeps the data;
;  - a local group "Yimen": the accounts that run Yimen (the kiosk's sign-in account) go in
;    it; the PII key's ACL lets it read the key (offline_store/key_acl.py);
;  - `yimen db upgrade` (it backs the store up first and refuses a downgrade onto a newer store);
;  - the sync and job runner as scheduled tasks under SYSTEM, started at boot and restarted;
;  - Start-menu entries for the counter and the hall display, and optionally the kiosk started
;    at sign-in for a kiosk account (Windows' own Assigned Access / Shell Launcher locks it
;    down: see docs/install.md).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Src "..\..\dist\yimen"

[Setup]
AppId={{6C1E3B0A-6E2B-4B7A-9E3D-59D1A1F1E001}
AppName=Yimen 一门
AppVersion={#AppVersion}
AppPublisher=Yimen
DefaultDirName={autopf}\Yimen
DefaultGroupName=一门政务服务
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=yimen-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
UninstallDisplayName=Yimen 一门 {#AppVersion}
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; the Chinese (Simplified) messages ship with Inno Setup's translations; add them where present:
; Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Types]
Name: "kiosk"; Description: "自助终端 (kiosk)"
Name: "counter"; Description: "综合窗口 (counter)"
Name: "display"; Description: "叫号大屏 (hall display)"

[Tasks]
Name: "kioskautostart"; Description: "登录后自动启动自助终端界面 (kiosk account only)"; Types: kiosk
Name: "displayautostart"; Description: "登录后自动启动叫号大屏"; Types: display

[Dirs]
Name: "{commonappdata}\Yimen"; Permissions: admins-full system-full
Name: "{commonappdata}\Yimen\spool"
Name: "{commonappdata}\Yimen\logs"
Name: "{commonappdata}\Yimen\backups"; Permissions: admins-full system-full

[Files]
Source: "{#Src}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "yimen-installation.toml"; DestDir: "{app}\_internal"; Flags: ignoreversion
Source: "yimen.toml"; DestDir: "{commonappdata}\Yimen"; Flags: onlyifdoesntexist uninsneveruninstall

[Icons]
Name: "{group}\一门 综合窗口"; Filename: "{app}\yimen-gui.exe"; Parameters: "counter"; Types: counter
Name: "{group}\一门 叫号大屏"; Filename: "{app}\yimen-gui.exe"; Parameters: "display"
Name: "{group}\一门 设备检查"; Filename: "{cmd}"; Parameters: "/k ""{app}\yimen.exe"" devices check"

[Registry]
; the app's folder on the system PATH (yimen.exe for technicians)
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}'))
Root: HKLM; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "YimenKiosk"; ValueData: """{app}\yimen-gui.exe"" kiosk"; Flags: uninsdeletevalue; Tasks: kioskautostart
Root: HKLM; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "YimenDisplay"; ValueData: """{app}\yimen-gui.exe"" display"; Flags: uninsdeletevalue; Tasks: displayautostart

[Run]
; the group first (its SID goes into the key's ACL when the key is created)
Filename: "{sys}\net.exe"; Parameters: "localgroup Yimen /add /comment:""Accounts that run Yimen"""; Flags: runhidden; StatusMsg: "创建 Yimen 用户组…"
; Yimen's data folder: the group may write the store, spool and logs; others may not read it
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\Yimen"" /grant ""Yimen:(OI)(CI)M"""; Flags: runhidden
Filename: "{app}\yimen.exe"; Parameters: "db upgrade"; Flags: runhidden waituntilterminated; StatusMsg: "升级数据库（先备份）…"
Filename: "{sys}\schtasks.exe"; Parameters: "/Create /F /TN ""Yimen\sync"" /SC ONSTART /RU SYSTEM /RL HIGHEST /TR ""\""{app}\yimen.exe\"" -v sync run --every 60"""; Flags: runhidden
Filename: "{sys}\schtasks.exe"; Parameters: "/Create /F /TN ""Yimen\jobs"" /SC ONSTART /RU SYSTEM /RL HIGHEST /TR ""\""{app}\yimen.exe\"" jobs serve"""; Flags: runhidden
Filename: "{sys}\schtasks.exe"; Parameters: "/Run /TN ""Yimen\sync"""; Flags: runhidden
Filename: "{sys}\schtasks.exe"; Parameters: "/Run /TN ""Yimen\jobs"""; Flags: runhidden

[UninstallRun]
Filename: "{sys}\schtasks.exe"; Parameters: "/End /TN ""Yimen\sync"""; Flags: runhidden; RunOnceId: "EndSync"
Filename: "{sys}\schtasks.exe"; Parameters: "/End /TN ""Yimen\jobs"""; Flags: runhidden; RunOnceId: "EndJobs"
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /F /TN ""Yimen\sync"""; Flags: runhidden; RunOnceId: "DeleteSync"
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /F /TN ""Yimen\jobs"""; Flags: runhidden; RunOnceId: "DeleteJobs"

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
