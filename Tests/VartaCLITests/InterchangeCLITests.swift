import Foundation
import Testing

@Suite("varta export and extract: interchange formats")
struct InterchangeCLITests {
    @Test func csvIntoAFolderWritesBothTables() throws {
        try withTemporaryFolder { folder in
            let tables = folder.appendingPathComponent("tables").path + "/"
            let run = try VartaRun(["export", "\(VartaRun.example)/graph.json", "--format", "csv", "-o", tables])
            #expect(run.status == 0, "\(run.stderr)")
            let nodes = try String(contentsOfFile: tables + "nodes.csv", encoding: .utf8)
            let edges = try String(contentsOfFile: tables + "edges.csv", encoding: .utf8)
            #expect(nodes.hasPrefix("Id,Label,Kind,Label_hi,Office,Affiliation,Mentions\r\n"))
            #expect(edges.hasPrefix("Source,Target,Type,Id,Label,Kind,Polarity,Weight,Dates,Timeset\r\n"))
            let toStdout = try VartaRun(["export", "\(VartaRun.example)/graph.json", "--format", "csv"])
            #expect(toStdout.status == 0)
            #expect(String(decoding: toStdout.stdout, as: UTF8.self) == edges)
        }
    }

    @Test(arguments: [("graphml", "<graphml"), ("gexf", "<gexf"), ("cytoscape", "\"elements\"")])
    func exportAndExtractWriteTheFormat(format: String, marker: String) throws {
        let export = try VartaRun(["export", "\(VartaRun.example)/graph.json", "--format", format])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(String(decoding: export.stdout, as: UTF8.self).contains(marker))
        let extract = try VartaRun(["extract", "\(VartaRun.example)/hi-sco-2023-04-28.txt", "--format", format, "--quiet"])
        #expect(extract.status == 0, "\(extract.stderr)")
        #expect(extract.stdout == export.stdout)
    }
}
