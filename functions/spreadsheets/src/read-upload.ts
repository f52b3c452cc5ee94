import { ApiError } from '@openlicense/app';
import type { Context } from 'hono';

/** The uploaded file of a multipart request, or a 400 naming the field. */
export async function readUpload(
  c: Context,
  field: string,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('multipart/form-data'))
    throw new ApiError(
      415,
      'unsupported_media_type',
      '请以 multipart/form-data 上传文件 / upload the file as multipart/form-data',
      [{ path: 'header.content-type', message: 'multipart/form-data' }],
    );
  const body = await c.req.parseBody().catch(() => {
    throw new ApiError(400, 'invalid_upload', '上传内容无法解析 / the upload could not be read');
  });
  const file = body[field];
  if (!(file instanceof File))
    throw new ApiError(
      400,
      'invalid_input',
      `请选择要上传的文件（字段 ${field}）/ field "${field}" must be a file`,
      [{ path: field, message: '请上传 XLSX 或 CSV 文件 / upload an XLSX or CSV file' }],
    );
  return { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name };
}
