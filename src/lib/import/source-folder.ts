import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The texts of the files an importer reads from a state's download, by path inside it
 * (`SRC_2019/rcd_inc2.csv`): the only I/O of an import, so its logic can be tested on texts.
 */
export function loadSourceFolder(root: string, folderPattern: RegExp, fileNames: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of readdirSync(root)
    .filter((name) => folderPattern.test(name))
    .sort())
    for (const name of fileNames)
      if (existsSync(join(root, folder, name))) files.set(`${folder}/${name}`, readFileSync(join(root, folder, name), 'utf8'));
  return files;
}
