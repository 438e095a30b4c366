# Builds Rapport's Windows installer (.msi) from what Maven left in target/:
#   target/rapport-VERSION.jar and the runtime dependency jars in target/installer/input.
# Called by `mvn -B -Pinstaller -DskipTests package` on Windows (see installer/README.md); not part of CI.
# Needs a JDK 17+ (JAVA_HOME or java on the PATH) and the WiX Toolset 3 (candle.exe, light.exe) on the PATH.
# Written to match installer/package.sh; it can only be built and tried on Windows.
#
# Usage: powershell -File installer/package.ps1 VERSION [TYPE...]   TYPE: msi, exe, portable (default: msi portable)
#   portable: a zip of the app image with its runtime, to unpack and start without install rights (app-image: the same).
# Signing: RAPPORT_WINDOWS_CERT_FILE (a .pfx) and RAPPORT_WINDOWS_CERT_PASSWORD sign Rapport.exe and the .msi with
#   the Windows SDK's signtool; without them nothing is signed (said so).
param(
    [Parameter(Mandatory = $true)][string]$Version,
    [Parameter(ValueFromRemainingArguments = $true)][string[]]$Types
)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
if (-not $Types -or $Types.Count -eq 0 -or ($Types.Count -eq 1 -and $Types[0] -eq '')) { $Types = @('msi', 'portable') }

$Name = 'Rapport'
$Vendor = 'Rapport'
$Description = 'An offline desktop relationship journal for consultants'
$Copyright = 'Copyright (C) 2026 Rapport'
$MainClass = 'dev.rapport.Launcher'
$MainJar = "rapport-$Version.jar"
# Keep this UUID forever: Windows recognises a newer Rapport .msi as an upgrade by it.
$UpgradeUuid = '6f1d7c52-3a8e-4b0f-9a6d-2c5e8b41d7a3'

$Root = 'target\installer'
$InputDir = "$Root\input"
$Runtime = "$Root\runtime"
$Image = "$Root\image"
$Out = "$Root\packages"

if ($env:JAVA_HOME) { $Jdk = $env:JAVA_HOME } else { $Jdk = Split-Path (Split-Path (Get-Command java).Source) }
$Jdeps = "$Jdk\bin\jdeps.exe"; $Jlink = "$Jdk\bin\jlink.exe"; $Jpackage = "$Jdk\bin\jpackage.exe"
foreach ($tool in @($Jdeps, $Jlink, $Jpackage)) {
    if (-not (Test-Path $tool)) { throw "installer: $tool is missing: set JAVA_HOME to a JDK 17 or newer" }
}
function Invoke-Tool([string]$Tool, [string[]]$Arguments) {
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { throw "installer: $(Split-Path -Leaf $Tool) failed ($LASTEXITCODE)" }
}
$Signing = [bool]$env:RAPPORT_WINDOWS_CERT_FILE
if ($Signing) {
    $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin" -Recurse -Filter signtool.exe |
        Where-Object { $_.FullName -match '\\x64\\' } | Sort-Object FullName | Select-Object -Last 1
    if (-not $SignTool) { throw 'installer: RAPPORT_WINDOWS_CERT_FILE is set but the Windows SDK has no signtool.exe' }
} else {
    Write-Host 'installer: not signed: RAPPORT_WINDOWS_CERT_FILE is not set (SmartScreen will warn at the first start)'
}
function Invoke-Sign([string]$File) {
    if (-not $Signing) { return }
    Invoke-Tool $SignTool.FullName @('sign', '/fd', 'sha256', '/td', 'sha256', '/tr', 'http://timestamp.digicert.com',
        '/f', $env:RAPPORT_WINDOWS_CERT_FILE, '/p', $env:RAPPORT_WINDOWS_CERT_PASSWORD, $File)
}

# 1. the input: the plain app jar and the dependency jars (JavaFX's unclassified jars are empty placeholders)
if (-not (Test-Path "target\$MainJar")) { throw "installer: target\$MainJar is missing: run mvn -B -Pinstaller -DskipTests package" }
Copy-Item "target\$MainJar" $InputDir
Get-ChildItem $InputDir -Filter 'javafx-*.jar' | Where-Object { $_.Name -match '^javafx-[a-z]+-[0-9.]+\.jar$' } | Remove-Item
# ical4j lists its time zones as a service the JDK builds at the first date of any kind (~150 ms of every start);
# calendars register them when they need them (export/CalendarZones), as in the shaded jar (pom.xml).
Add-Type -AssemblyName System.IO.Compression.FileSystem
foreach ($jar in Get-ChildItem $InputDir -Filter 'ical4j-*.jar') {
    $zip = [System.IO.Compression.ZipFile]::Open($jar.FullName, 'Update')
    try {
        $entry = $zip.GetEntry('META-INF/services/java.time.zone.ZoneRulesProvider')
        if ($entry) { $entry.Delete() }
    } finally { $zip.Dispose() }
}
foreach ($dir in @($Runtime, $Image, $Out)) { if (Test-Path $dir) { Remove-Item -Recurse -Force $dir } }
New-Item -ItemType Directory -Force $Image, $Out | Out-Null

# 2. a small runtime: the JDK modules the jars use, plus dates in the user's language
$Jars = (Get-ChildItem $InputDir -Filter '*.jar').FullName
# From the app's jar through every jar it reaches on the class path: given as roots, a modular jar
# (POI, under the .msg reader) would be resolved as a module and fail on its automatic-module needs.
$Modules = (& $Jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --class-path ($Jars -join ';') `
    --recursive "$InputDir\$MainJar").Trim() + ',jdk.localedata'
if ($LASTEXITCODE -ne 0) { throw "installer: jdeps failed ($LASTEXITCODE)" }
$Locales = 'en,de,fr,es,it,pt,nl,da,sv,nb,fi,pl,cs,sk,hu,ro,lt,lv,et,uk,ru,el,tr,ja,zh,ko'
Write-Host "installer: runtime modules: $Modules"
Invoke-Tool $Jlink @('--add-modules', $Modules, "--include-locales=$Locales", '--strip-debug', '--no-header-files',
    '--no-man-pages', '--compress=2', '--generate-cds-archive', '--output', $Runtime)
Remove-Item -ErrorAction SilentlyContinue "$Runtime\bin\server\classes_nocoops.jsa"

# 3. the application image (native launcher; Windows has no package query at start-up). The window starts
#    sooner with the JIT's quick compiler only (see installer/README.md, Start-up).
$Common = @('--name', $Name, '--app-version', $Version, '--vendor', $Vendor, '--description', $Description,
    '--copyright', $Copyright)
Invoke-Tool $Jpackage (@('--type', 'app-image', '--dest', $Image) + $Common + @('--icon', 'icons\rapport.ico',
    '--input', $InputDir, '--main-jar', $MainJar, '--main-class', $MainClass, '--runtime-image', $Runtime,
    '--java-options', '-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1'))
Invoke-Sign "$Image\$Name\$Name.exe"

# 4. the packages: Start-menu entry, desktop shortcut, per-user or per-machine choice, upgrades by UUID
foreach ($Type in $Types) {
    switch ($Type) {
        { $_ -in 'portable', 'app-image' } {
            Compress-Archive -Force "$Image\$Name" "$Out\$Name-$Version-windows-x64-portable.zip"
        }
        { $_ -in 'msi', 'exe' } {
            Invoke-Tool $Jpackage (@('--type', $Type, '--dest', $Out) + $Common + @('--icon', 'icons\rapport.ico',
                '--app-image', "$Image\$Name", '--win-menu', '--win-menu-group', $Name, '--win-shortcut',
                '--win-dir-chooser', '--win-per-user-install', '--win-upgrade-uuid', $UpgradeUuid))
            Invoke-Sign "$Out\$Name-$Version.$Type"
        }
        default { throw "installer: cannot build a $Type package on Windows" }
    }
}
Write-Host 'installer: built:'
Get-ChildItem $Out
